import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { act, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseQueryString, stringifyQuery } from '@/lib/search/search-params';
import { validateExplorerSearch } from './decoded-search';
import { useSearchWriter, type SearchWriter } from './use-search-writer';

const START = '/?kind=plots&area_min=abc&foo=1&lang=en&view=list&sel=plots/gf-a';

async function renderWriter(url = START, options?: { measure: boolean }) {
  const writer: { current?: SearchWriter } = {};
  function Probe() {
    writer.current = useSearchWriter(options);
    return null;
  }
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createRouter({
    routeTree: createRootRoute({ component: Probe, validateSearch: validateExplorerSearch }),
    history,
    parseSearch: parseQueryString,
    stringifySearch: stringifyQuery,
  });
  render(<RouterProvider router={router} />);
  await waitFor(() => expect(writer.current).toBeDefined());
  return { history, write: async (w: (writer: SearchWriter) => void) => act(async () => w(writer.current!)) };
}

const filterMarks = () => performance.getEntriesByName('sf:filter-change', 'mark').length;

describe('useSearchWriter: the one write path of the search', () => {
  beforeEach(() => performance.clearMarks());

  it('writes a filter change over the decoded filters, keeps layout and language, drops what was ignored', async () => {
    const { history, write } = await renderWriter();
    await write((w) => w.merge({ area_min: 5000 }));
    expect(history.location.search).toBe('?kind=plots&area_min=5000&lang=en&view=list&sel=plots/gf-a');
    expect(filterMarks()).toBe(1);
  });

  it('replaces the whole filter state (the filter bar) and resets it with {}', async () => {
    const { history, write } = await renderWriter();
    await write((w) => w.replace({ state: ['SN', 'TH'] }));
    expect(history.location.search).toBe('?state=SN,TH&lang=en&view=list&sel=plots/gf-a');
    const entries = history.length;
    await write((w) => w.replace({}));
    expect(history.location.search).toBe('?lang=en&view=list&sel=plots/gf-a');
    expect(history.length).toBe(entries + 1);
  });

  it('changes the layout in place: same history entry, not measured as a filter change', async () => {
    const { history, write } = await renderWriter('/?kind=halls&view=map');
    const entries = history.length;
    await write((w) => w.layout({ sel: 'halls/ho-b', view: undefined }));
    expect(history.location.search).toBe('?kind=halls&sel=halls/ho-b');
    expect(history.length).toBe(entries);
    expect(filterMarks()).toBe(0);
  });

  it('leaves the overview unmeasured when asked', async () => {
    const { history, write } = await renderWriter('/?kind=halls', { measure: false });
    await write((w) => w.merge({ kind: 'plots' }));
    expect(history.location.search).toBe('?kind=plots');
    expect(filterMarks()).toBe(0);
  });
});
