// @vitest-environment node
/**
 * The filter engine against (a) a straightforward Array.filter over the site objects and
 * (b) crossfilter2, on 1k, 10k and 100k synthetic sites (data:synth generator, seed 1), for
 * the two named queries (`named-queries.ts`). The engine computes facet counts too; the others do not.
 * Run: npm run bench. Results: docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { arrayFilterHalls, arrayFilterPlots, crossfilterIndex } from './baselines';
import { HALLE, LEIPZIG, NAMED_QUERIES, syntheticSites } from './named-queries';

const today = dayNumber('2026-11-27');
const plotsQuery = decodeSearch(parseQueryString(NAMED_QUERIES.plots)).params;
const hallsQuery = decodeSearch(parseQueryString(NAMED_QUERIES.halls)).params;
const noFilter = decodeSearch(parseQueryString('')).params;
// The plots query with price and junction as wishes (ranked by fit instead of excluding).
const wishesQuery = decodeSearch(parseQueryString(`${NAMED_QUERIES.plots}&want=price,junction`)).params;

for (const count of [1_000, 10_000, 100_000]) {
  const sites = syntheticSites(count);
  const index = buildSiteIndex(sites);
  const cf = crossfilterIndex(sites);
  const label = count.toLocaleString('en');

  describe(`plots query, ${label} sites`, () => {
    bench('engine (with facets)', () => {
      runQuery(index, plotsQuery, { today, nearPoint: LEIPZIG });
    });
    bench('engine without near misses', () => {
      runQuery(index, plotsQuery, { today, nearPoint: LEIPZIG }, { nearMisses: false });
    });
    bench('engine, price and junction as wishes (sort=fit)', () => {
      runQuery(index, wishesQuery, { today, nearPoint: LEIPZIG });
    });
    bench('Array.filter', () => {
      arrayFilterPlots(sites);
    });
    bench('crossfilter2', () => {
      cf.plots();
    });
  });

  describe(`no filter (every site, default sort), ${label} sites`, () => {
    bench('engine (with facets)', () => {
      runQuery(index, noFilter, { today });
    });
  });

  describe(`halls query, ${label} sites`, () => {
    bench('engine (with facets)', () => {
      runQuery(index, hallsQuery, { today, nearPoint: HALLE });
    });
    bench('Array.filter', () => {
      arrayFilterHalls(sites);
    });
    bench('crossfilter2', () => {
      cf.halls();
    });
  });
}
