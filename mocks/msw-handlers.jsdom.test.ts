// Runs in the default (jsdom) environment, as the app's component tests do.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockServer } from './node';
import { testDataset } from './ogc-api/test-dataset';

const server = createMockServer(testDataset());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers fetch under jsdom, relative to the page origin too', async () => {
  expect(typeof window).toBe('object');
  const abs = await fetch(`${window.location.origin}/api/collections/plots/items?limit=2`);
  expect(abs.status).toBe(200);
  expect(abs.headers.get('content-type')).toBe('application/geo+json');
  const body = (await abs.json()) as { numberReturned: number; links: { rel: string; href: string }[] };
  expect(body.numberReturned).toBe(2);
  expect(body.links.find((l) => l.rel === 'next')?.href).toBe(
    `${window.location.origin}/api/collections/plots/items?limit=2&offset=2`,
  );
  const rel = await fetch('/api/collections/halls/items/42');
  expect(((await rel.json()) as { id: unknown }).id).toBe(42);
});
