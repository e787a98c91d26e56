import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createMockServer } from '@mocks/node';

/**
 * The mock OGC API for one test file: listening before its tests, handlers reset after each,
 * closed at the end. Unhandled requests fail the test.
 */
export function serveDuringTests(dataset: Parameters<typeof createMockServer>[0]) {
  const server = createMockServer(dataset);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Waits until the result count reads `text` (the sites load asynchronously). */
export const waitForCount = (text: string) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), { timeout: 10_000 });

/** The names of the listed results, in list order. */
export const resultNames = () =>
  within(screen.getByRole('list', { name: 'Ergebnisse' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
