// @vitest-environment node
/**
 * The supply overview at 100,000 synthetic sites (data:synth generator, seed 1): what a filter
 * change costs on /overview — the engine's query, then the aggregation over its result — and the
 * aggregation alone. Run: npm run bench -- overview-aggregate. Results: docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { aggregateOverview } from '@/features/overview/aggregate/aggregate-overview';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { LEIPZIG, NAMED_QUERIES, syntheticSites } from './named-queries';

const TODAY = '2026-11-27';
const ctx = { today: dayNumber(TODAY), nearPoint: LEIPZIG };
const sites = syntheticSites(100_000);
const index = buildSiteIndex(sites);
const all = runQuery(index, {}, ctx);
const plotsQuery = decodeSearch(parseQueryString(NAMED_QUERIES.plots)).params;
const aggregate = (ids: Uint32Array) => aggregateOverview({ columns: index, ids, today: TODAY });

describe('overview, 100,000 sites', () => {
  bench('aggregate all listed sites', () => {
    aggregate(all.ids);
  });
  bench('filter change: query (no filter) + aggregate', () => {
    aggregate(runQuery(index, {}, ctx).ids);
  });
  bench('filter change: plots query + aggregate', () => {
    aggregate(runQuery(index, plotsQuery, ctx).ids);
  });
});
