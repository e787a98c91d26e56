import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/app';
import { createMockServer } from '@mocks/node';
import { fixtureDataset } from '../../../tests/support/site-fixtures';
import type { LoadedCollection } from './sites-query';
import { ARRIVAL_WINDOW_MS, useSites, type SitesState } from './use-sites';

/** Plots and halls arrive apart; the first results are shown together. */

const dataset = fixtureDataset();
const PLOTS = dataset.plots.features.length;
const HALLS = dataset.halls.features.length;
const server = createMockServer(dataset);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
/** Items paths in the order their responses went out. */
const answered: string[] = [];
server.events.on('response:mocked', ({ request }) => void answered.push(new URL(request.url).pathname));
afterEach(() => {
  server.resetHandlers();
  answered.length = 0;
});
afterAll(() => server.close());

/** Holds the halls' items request for `ms`, then lets the sample API answer. */
const hallsAfter = (ms: number) =>
  server.use(
    http.get('*/collections/halls/items', async () => {
      await delay(ms);
    }),
  );

/** Holds the plots' items request for `ms`: the halls arrive first. */
const plotsAfter = (ms: number) =>
  server.use(
    http.get('*/collections/plots/items', async () => {
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
  return { ...hook, seen, client };
}

describe('useSites', () => {
  it('shows plots and halls together when the halls come a little later', async () => {
    hallsAfter(150);
    const { result, seen } = renderSites();
    await waitFor(() => expect(result.current.sites).toHaveLength(PLOTS + HALLS));
    // The plots' items had been answered first …
    expect(answered.filter((path) => path.endsWith('/items'))).toEqual([
      '/api/collections/plots/items',
      '/api/collections/halls/items',
    ]);
    // … but no render ever handed out the plots without the halls,
    expect(seen.map((s) => s.sites.length).filter((n) => n !== 0 && n !== PLOTS + HALLS)).toEqual([]);
    // and while none were handed out, no collection read as loaded (a shortlist would have
    // called its sites unknown).
    expect(seen.filter((s) => s.sites.length === 0 && s.collections.some((c) => !c.isPending))).toEqual([]);
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

  it('hands out the very site objects the collections loaded, whichever arrived first', async () => {
    plotsAfter(150);
    const { result, client } = renderSites();
    await waitFor(() => expect(result.current.sites).toHaveLength(PLOTS + HALLS));
    const loaded = client
      .getQueriesData<LoadedCollection>({ queryKey: ['sites'] })
      .flatMap(([, data]) => data?.sites ?? []);
    const sameObjects = new Set(loaded);
    // Every site is the object its collection holds, not a copy made when the plots took the
    // places the halls had before (a copy doubles the memory and breaks the index's cache).
    expect(result.current.sites.filter((site) => !sameObjects.has(site))).toEqual([]);
    expect(result.current.sites.slice(0, 2).map((s) => s.kind)).toEqual(['plot', 'plot']);
  });
});
