import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/app';
import { createMockServer } from '@mocks/node';
import { fixtureDataset } from '../../../tests/support/site-fixtures';
import { ARRIVAL_WINDOW_MS, useSites, type SitesState } from './use-sites';

/** Plots and halls arrive apart; the first results are shown together (issue #8). */

const dataset = fixtureDataset();
const PLOTS = dataset.plots.features.length;
const HALLS = dataset.halls.features.length;
const server = createMockServer(dataset);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Holds the halls' items request for `ms`, then lets the sample API answer. */
const hallsAfter = (ms: number) =>
  server.use(
    http.get('*/collections/halls/items', async () => {
      await delay(ms);
    }),
  );

function renderSites() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const seen: SitesState[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () => {
      const state = useSites();
      seen.push(state);
      return state;
    },
    { wrapper },
  );
  return { ...hook, seen };
}

describe('useSites', () => {
  it('shows plots and halls together when the halls come a little later', async () => {
    hallsAfter(150);
    const { result, seen } = renderSites();
    await waitFor(() => expect(result.current.sites).toHaveLength(PLOTS + HALLS));
    // The plots had arrived alone (their collection no longer pending) …
    expect(seen.some((s) => !s.collections[0]!.isPending && s.collections[1]!.isPending)).toBe(true);
    // … but no render ever handed out the plots without the halls.
    expect(seen.map((s) => s.sites.length).filter((n) => n !== 0 && n !== PLOTS + HALLS)).toEqual([]);
  });

  it('does not hold the plots back longer than the window when the halls are slow', async () => {
    hallsAfter(ARRIVAL_WINDOW_MS + 2_000);
    const { result } = renderSites();
    await waitFor(() => expect(result.current.sites).toHaveLength(PLOTS), {
      timeout: ARRIVAL_WINDOW_MS + 1_000,
    });
    expect(result.current.collections[1]!.isPending).toBe(true);
    expect(result.current.isPending).toBe(true);
  });
});
