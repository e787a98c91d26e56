// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileGroups, type FilterGroup } from '@/lib/search/engine/filter-groups';
import { missDistance } from '@/lib/search/engine/miss-distance';
import { NEAR_MISS_LIMIT, nearMissDistance } from '@/lib/search/engine/near-misses';
import { runQuery } from '@/lib/search/engine/run-query';
import { buildSiteIndex, dayNumber, type SiteIndex } from '@/lib/search/engine/site-index';
import { ranksOf } from '@/lib/search/engine/sort-order';
import { decodeSearch, parseQueryString, type SearchParams } from '@/lib/search/search-params';
import { LEIPZIG, syntheticSites } from '../../bench/named-queries';
import { seededRandom } from '../support/seeded-random';

/**
 * The near misses against their definition, over generated queries: a site is a near miss of a
 * criterion when it fails that one active criterion and passes all the others, judged site by
 * site with each group's own miss distance (0 = passes). The engine's counts, its list (the
 * closest 50, ties by site key) and its matches must agree with that brute force.
 */

const TODAY = dayNumber('2026-11-27');
const ctx = { today: TODAY, nearPoint: LEIPZIG };

const PARTS: ((r: () => number) => string)[] = [
  (r) => `area_min=${Math.round(r() * 80_000)}`,
  (r) => `area_max=${Math.round(20_000 + r() * 200_000)}`,
  (r) => `junction_km_max=${Math.round(2 + r() * 20)}`,
  (r) => `price_max=${Math.round(20 + r() * 60)}`,
  (r) => `height_min=${Math.round(6 + r() * 8)}`,
  (r) => `docks_min=${Math.round(r() * 8)}`,
  (r) => `zoning=${r() < 0.5 ? 'GI' : 'GE,GI'}`,
  (r) => `state=${r() < 0.5 ? 'SN' : 'ST,TH'}`,
  (r) => `autobahn=${r() < 0.5 ? 'A9' : 'A14,A38'}`,
  () => 'rail=1',
  () => 'crane=1',
  (r) => `power_min=${Math.round(r() * 40)}`,
  (r) => `avail=2027-0${1 + Math.floor(r() * 9)}-01`,
  (r) => `kind=${r() < 0.5 ? 'plots' : 'halls'}`,
  (r) => `near=leipzig&radius_km=${Math.round(10 + r() * 60)}`,
  (r) => {
    const w = 11.5 + r();
    const s = 50.8 + r() * 0.6;
    return `bbox=${w},${s},${w + 0.6},${s + 0.4}`;
  },
  () => 'poly=12.0,51.2;12.8,51.2;12.6,51.6;12.1,51.5',
  () => 'unknown=price,junction,power',
];

function generatedQuery(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  const picked = new Set<number>();
  while (picked.size < n) picked.add(Math.floor(r() * PARTS.length));
  return [...picked].map((k) => PARTS[k]!(r)).join('&');
}

/** Every listed site judged against every group on its own. */
function bruteForce(index: SiteIndex, params: SearchParams) {
  const groups: FilterGroup[] = compileGroups(index, params, ctx);
  const matches = new Set<number>();
  const misses: { site: number; criterion: string; distance: number }[] = [];
  for (let i = 0; i < index.size; i++) {
    if (index.listed[i] !== 1) continue;
    const failed = groups.filter((g) => missDistance(g, i, index.isHall) > 0);
    if (failed.length === 0) matches.add(i);
    if (failed.length !== 1) continue;
    const d = nearMissDistance(failed[0]!, i, index.isHall);
    if (d > 0 && d < Infinity) misses.push({ site: i, criterion: failed[0]!.name, distance: d });
  }
  const rank = ranksOf(index);
  misses.sort((a, b) => a.distance - b.distance || rank[a.site]! - rank[b.site]!);
  return { matches, misses };
}

describe('near misses agree with the engine’s own failure counts', () => {
  const index = buildSiteIndex(syntheticSites(3_000));
  const r = seededRandom(20261202);
  const queries = [
    ...Array.from({ length: 150 }, () => generatedQuery(r)),
    'bbox=12,51,12.6,51.4&area_min=5000',
    'poly=12.0,51.2;12.8,51.2;12.6,51.6;12.1,51.5&unknown=price&price_max=45',
    'near=leipzig&radius_km=20&kind=plots&junction_km_max=8',
  ];

  it.each(queries)('%s', (qs) => {
    const { params } = decodeSearch(parseQueryString(qs));
    const result = runQuery(index, params, ctx);
    const expected = bruteForce(index, params);
    expect(new Set(result.ids)).toEqual(expected.matches);
    const counts = new Map<string, number>();
    for (const m of expected.misses) counts.set(m.criterion, (counts.get(m.criterion) ?? 0) + 1);
    expect(new Map(result.nearMisses.byCriterion)).toEqual(counts);
    expect(result.nearMisses.total).toBe(expected.misses.length);
    const list = result.nearMisses.list;
    expect(list.map((m) => [m.site, m.criterion])).toEqual(
      expected.misses.slice(0, NEAR_MISS_LIMIT).map((m) => [m.site, m.criterion]),
    );
    expect(new Set(list.map((m) => m.site)).size).toBe(list.length);
    for (const m of list) expect(expected.matches.has(m.site)).toBe(false);
  });

  it('the generated queries include near misses of every kind of criterion', () => {
    const seen = new Set<string>();
    for (const qs of queries) {
      const { params } = decodeSearch(parseQueryString(qs));
      for (const name of runQuery(index, params, ctx).nearMisses.byCriterion.keys()) seen.add(name);
    }
    for (const name of ['area', 'junction', 'zoning', 'rail', 'near', 'bbox', 'poly', 'avail', 'height'])
      expect(seen).toContain(name);
  });
});
