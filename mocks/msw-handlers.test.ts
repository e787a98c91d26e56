// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFailureHandler, createHandlers } from './msw-handlers';
import { createMockServer } from './node';
import { testDataset } from './ogc-api/test-dataset';

const server = createMockServer(testDataset());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ORIGIN = 'http://localhost:5173';
const getJson = async (url: string) => {
  const res = await fetch(url);
  return { res, body: (await res.json()) as Record<string, unknown> };
};
const next = (body: Record<string, unknown>) =>
  (body.links as { rel: string; href: string }[]).find((l) => l.rel === 'next')?.href;

describe('MSW handlers over the core', () => {
  it('serves landing → collections → items, following next links', async () => {
    const { res, body } = await getJson(`${ORIGIN}/api`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const data = (body.links as { rel: string; href: string }[]).find((l) => l.rel === 'data')!;
    expect(data.href).toBe(`${ORIGIN}/api/collections`);

    let url: string | undefined = `${ORIGIN}/api/collections/plots/items?limit=10`;
    const ids: unknown[] = [];
    while (url) {
      const page = await getJson(url);
      expect(page.res.headers.get('content-type')).toBe('application/geo+json');
      ids.push(...(page.body.features as { id: unknown }[]).map((f) => f.id));
      url = next(page.body);
    }
    expect(ids).toHaveLength(25);
  });

  it('answers any origin, but only below the base path', async () => {
    const { body } = await getJson('https://geo.example.org/api/collections/halls/items/42');
    expect(body.id).toBe(42);
    await expect(fetch(`${ORIGIN}/src/api/client.ts`)).rejects.toThrow(); // unhandled → error
  });

  it('passes errors through as JSON with status', async () => {
    const { res, body } = await getJson(`${ORIGIN}/api/collections/plots/items?limit=0`);
    expect(res.status).toBe(400);
    expect(body.code).toBe('InvalidParameterValue');
    expect((await fetch(`${ORIGIN}/api/collections/nope`)).status).toBe(404);
    const pre = await fetch(`${ORIGIN}/api/collections`, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
  });
});

describe('overrides', () => {
  it('createFailureHandler fails one collection and leaves the others alone', async () => {
    server.use(createFailureHandler({ collection: 'plots', status: 503 }));
    const failed = await getJson(`${ORIGIN}/api/collections/plots/items`);
    expect(failed.res.status).toBe(503);
    expect(failed.res.headers.get('access-control-allow-origin')).toBe('*');
    expect(failed.body).toEqual({ code: 'ServerError', description: expect.any(String) });
    expect((await fetch(`${ORIGIN}/api/collections/plots/items/p-01`)).status).toBe(503);
    expect((await fetch(`${ORIGIN}/api/collections/halls/items`)).status).toBe(200);
    expect((await fetch(`${ORIGIN}/api/collections`)).status).toBe(200);
  });

  it('narrows by endpoint, fails once, or breaks the network', async () => {
    server.use(
      createFailureHandler({ endpoint: 'feature', status: 500, once: true }),
      createFailureHandler({ collection: 'news', networkError: true }),
    );
    expect((await fetch(`${ORIGIN}/api/collections/halls/items/42`)).status).toBe(500);
    expect((await fetch(`${ORIGIN}/api/collections/halls/items/42`)).status).toBe(200);
    expect((await fetch(`${ORIGIN}/api/collections/halls/items`)).status).toBe(200);
    await expect(fetch(`${ORIGIN}/api/collections/news/items`)).rejects.toThrow(TypeError);
  });

  it('takes a custom body and a plain msw override', async () => {
    server.use(
      createFailureHandler({
        collection: 'halls',
        status: 429,
        body: { code: 'Busy', description: 'later' },
      }),
      http.get('*/api/conformance', () => HttpResponse.json({ conformsTo: [] })),
    );
    const res = await getJson(`${ORIGIN}/api/collections/halls`);
    expect([res.res.status, res.body]).toEqual([429, { code: 'Busy', description: 'later' }]);
    expect((await getJson(`${ORIGIN}/api/conformance`)).body).toEqual({ conformsTo: [] });
  });

  it('createHandlers takes failures, latency and a base path', async () => {
    server.use(
      ...createHandlers(testDataset(), {
        basePath: '/geo',
        latencyMs: 60,
        fail: [{ collection: 'projects', status: 502 }],
      }),
    );
    const started = performance.now();
    const { body } = await getJson(`${ORIGIN}/geo/collections`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    expect((body.links as { href: string }[])[0]?.href).toBe(`${ORIGIN}/geo/collections`);
    expect((await fetch(`${ORIGIN}/geo/collections/projects/items`)).status).toBe(502);
    expect((await fetch(`${ORIGIN}/api/collections/projects/items`)).status).toBe(200);
  });
});
