// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { arrayFilterHalls, arrayFilterPlots, crossfilterIndex } from './baselines';
import { HALLE, LEIPZIG, NAMED_QUERIES, syntheticSites } from './named-queries';

/** The benchmark compares like with like: all three give the same sites in the same order. */
describe('benchmark baselines agree with the engine', () => {
  const sites = syntheticSites(5_000);
  const index = buildSiteIndex(sites);
  const cf = crossfilterIndex(sites);
  const keys = (list: { key: string }[]) => list.map((s) => s.key);
  const engine = (qs: string, nearPoint: [number, number]) =>
    Array.from(
      runQuery(index, decodeSearch(parseQueryString(qs)).params, {
        today: dayNumber('2026-11-27'),
        nearPoint,
      }).ids,
      (i) => sites[i]!.key,
    );

  it('plots query', () => {
    const expected = engine(NAMED_QUERIES.plots, LEIPZIG);
    expect(expected.length).toBeGreaterThan(10);
    expect(keys(arrayFilterPlots(sites))).toEqual(expected);
    expect(new Set(keys(cf.plots()))).toEqual(new Set(expected));
  });

  it('halls query', () => {
    const expected = engine(NAMED_QUERIES.halls, HALLE);
    expect(expected.length).toBeGreaterThan(3);
    expect(keys(arrayFilterHalls(sites))).toEqual(expected);
    expect(new Set(keys(cf.halls()))).toEqual(new Set(expected));
  });
});

/**
 * Facet counts against their definition: an option's count is the number of results the query
 * would give with that facet's own filter removed. Several queries run back to back on one index,
 * so state left over from a previous query would show.
 */
describe('facet counts equal the results without the facet’s own filter', () => {
  const sites = syntheticSites(5_000);
  const index = buildSiteIndex(sites);
  const ctx = { today: dayNumber('2026-11-27'), nearPoint: LEIPZIG };
  const run = (qs: string) => runQuery(index, decodeSearch(parseQueryString(qs)).params, ctx);
  const CATEGORY = [
    'state',
    'district',
    'municipality',
    'zoning',
    'plan',
    'dev',
    'offer',
    'autobahn',
  ] as const;
  const without = (qs: string, param: string) =>
    qs
      .split('&')
      .filter((p) => p.split('=')[0] !== param)
      .join('&');

  const queries = [
    NAMED_QUERIES.plots,
    'state=SN,TH&zoning=GI&sector=logistics&kind=plots',
    'kind=halls&offer=rent&state=ST&near=leipzig&radius_km=80&autobahn=A9',
    'bbox=11.5,50.8,12.9,51.6&dev=developed&plan=binding',
    NAMED_QUERIES.plots,
    'area_min=5000',
  ];
  it.each(queries.map((q, n) => [n, q]))('query %i: %s', (_n, qs) => {
    const r = run(qs);
    for (const facet of CATEGORY) {
      const base = run(without(qs, facet));
      const expected = new Map<string, number>(index.cat[facet].values.map((v) => [v, 0]));
      for (const i of base.ids) {
        const v = index.cat[facet].values[index.cat[facet].codes[i]!];
        if (v !== undefined) expected.set(v, expected.get(v)! + 1);
      }
      expect(Object.fromEntries(r.facets[facet]), facet).toEqual(Object.fromEntries(expected));
    }
    const kinds = run(without(qs, 'kind'));
    expect(Object.fromEntries(r.facets.kind)).toEqual({ plots: kinds.plots, halls: kinds.halls });
    const sectors = new Map<string, number>(index.sectors.values.map((v) => [v, 0]));
    for (const i of run(without(qs, 'sector')).ids)
      for (const tag of sites[i]!.sector_tags) sectors.set(tag, (sectors.get(tag) ?? 0) + 1);
    expect(Object.fromEntries(r.facets.sector)).toEqual(Object.fromEntries(sectors));
    expect(r.ids.length).toBe(r.plots + r.halls);
  });
});
