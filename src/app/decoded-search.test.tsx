import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  replaceEqualDeep,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseQueryString, stringifyQuery } from '@/lib/search/search-params';
import {
  DECODED,
  decodedOf,
  useDecodedSearch,
  validateExplorerSearch,
  type DecodedSearch,
} from './decoded-search';
import { createAppRouter } from './router';

const BAD = '?kind=plots&area_min=abc&foo=1&view=globe';

async function routerAt(url: string) {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }));
  await router.load();
  return router;
}
const leafSearch = (router: Awaited<ReturnType<typeof routerAt>>) => router.state.matches.at(-1)!.search;

describe('the search, decoded once by the route', () => {
  it('carries the problems beside the parameters, under a key no stringifier writes', () => {
    const validated = validateExplorerSearch(parseQueryString(BAD));
    expect(decodedOf(validated)).toEqual({
      params: { kind: 'plots' },
      layout: {},
      problems: [
        { param: 'area_min', value: 'abc', reason: 'invalid' },
        { param: 'foo', value: '1', reason: 'unknown' },
        { param: 'view', value: 'globe', reason: 'invalid' },
      ],
    });
    expect(stringifyQuery(validated)).toBe('?kind=plots');
    expect(JSON.stringify(validated)).toBe('{"kind":"plots"}');
    // Spreads and Object.assign (the router's match search, a navigation's `prev`) keep it.
    expect(decodedOf({ ...validated })).toBe(validated[DECODED]);
    expect(decodedOf(Object.assign({}, validated))).toBe(validated[DECODED]);
  });

  it("survives the router's structural sharing, which keeps equal plain values", () => {
    const a = validateExplorerSearch(parseQueryString(BAD));
    const b = validateExplorerSearch(parseQueryString(BAD));
    expect(decodedOf(replaceEqualDeep(a, b))).toEqual(decodedOf(a));
    // Equal parameters, other problems: the new problems, not the shared old ones.
    const foo1 = validateExplorerSearch(parseQueryString('?kind=plots&foo=1'));
    const foo2 = validateExplorerSearch(parseQueryString('?kind=plots&foo=2'));
    expect(decodedOf(replaceEqualDeep(foo1, foo2))?.problems).toEqual([
      { param: 'foo', value: '2', reason: 'unknown' },
    ]);
  });

  it('leaves a parameter with a problem in the URL as it came, so the notice keeps its cause', () => {
    const validated = validateExplorerSearch(parseQueryString('?kind=plots&state=SN,XX'));
    expect(Object.keys(validated)).toEqual(['kind']);
    expect(decodedOf(validated)?.params).toEqual({ kind: 'plots', state: ['SN'] });
  });

  it('reaches every match of the page through navigations, and the URL never holds the problems', async () => {
    const router = await routerAt(`/${BAD}`);
    expect(decodedOf(leafSearch(router))?.problems.map((p) => p.param)).toEqual(['area_min', 'foo', 'view']);
    expect(router.state.location.href).toBe('/?kind=plots&area_min=abc&foo=1&view=globe');

    // A navigation that changes only the fragment (the map does this on every move).
    await router.navigate({ to: '.', search: true, hash: 'map=8.00/51.00000/12.00000', replace: true });
    expect(router.state.location.searchStr).toBe('?kind=plots&area_min=abc&foo=1&view=globe');
    expect(decodedOf(leafSearch(router))?.problems.map((p) => p.param)).toEqual(['area_min', 'foo', 'view']);

    await router.navigate({
      to: '/sites/$collectionId/$featureId',
      params: { collectionId: 'plots', featureId: 'x' },
      search: true,
    });
    expect(decodedOf(leafSearch(router))?.params).toEqual({ kind: 'plots' });
    expect(router.state.location.searchStr).not.toContain('problem');

    await router.navigate({ to: '/', search: { kind: 'halls' } });
    expect(decodedOf(leafSearch(router))).toEqual({ params: { kind: 'halls' }, layout: {}, problems: [] });

    await router.navigate({ to: '/overview', search: { area_min: 5000 } });
    expect(decodedOf(leafSearch(router))?.params).toEqual({ area_min: 5000 });
  });

  it('hands components the same decoded values while only the fragment changes', async () => {
    const seen: DecodedSearch[] = [];
    function Probe() {
      seen.push(useDecodedSearch());
      return null;
    }
    const router = createRouter({
      routeTree: createRootRoute({ component: Probe, validateSearch: validateExplorerSearch }),
      history: createMemoryHistory({ initialEntries: [`/${BAD}`] }),
      parseSearch: parseQueryString,
      stringifySearch: stringifyQuery,
    });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(seen.at(-1)?.problems).toHaveLength(3));
    const first = seen.at(-1)!;
    await act(() => router.navigate({ to: '.', search: true, hash: 'map=8.00/51.00000/12.00000' }));
    expect(router.state.location.hash).toBe('map=8.00/51.00000/12.00000');
    expect(seen.at(-1)).toBe(first);
    await act(() => router.navigate({ to: '.', search: { kind: 'halls' } }));
    expect(seen.at(-1)).toEqual({ params: { kind: 'halls' }, layout: {}, problems: [] });
  });
});
