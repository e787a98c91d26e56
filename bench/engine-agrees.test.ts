// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, dayNumber } from '@/features/search/engine/site-index';
import { runQuery } from '@/features/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/features/search/search-params';
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
