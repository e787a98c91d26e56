/**
 * Median time of the supply overview's work per filter change at 100,000 synthetic sites
 * (data:synth, seed 1): the aggregation alone, and engine query + aggregation, plus a plain
 * 5-column loop over the same ids to show how loaded the machine is. Results: docs/performance.md.
 * Run: npx tsx scripts/measure/overview-median.ts [--runs 40]
 */
import { aggregateOverview } from '@/features/overview/aggregate/aggregate-overview';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { LEIPZIG, NAMED_QUERIES, syntheticSites } from '../../bench/named-queries';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 40;
const TODAY = '2026-11-27';
const ctx = { today: dayNumber(TODAY), nearPoint: LEIPZIG };
const index = buildSiteIndex(syntheticSites(100_000));
const plotsQuery = decodeSearch(parseQueryString(NAMED_QUERIES.plots)).params;
const all = runQuery(index, {}, ctx).ids;
const aggregate = (ids: Uint32Array) => aggregateOverview({ columns: index, ids, today: TODAY });

function median(label: string, work: () => unknown) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label}: median ${at(0.5)} ms, min ${at(0)} ms, p90 ${at(0.9)} ms (${runs} runs)`);
}

median('aggregate, all 100,000 listed sites', () => aggregate(all));
median('query (no filter) + aggregate', () => aggregate(runQuery(index, {}, ctx).ids));
median('plots query + aggregate', () => aggregate(runQuery(index, plotsQuery, ctx).ids));
median('calibration: 5-column loop over all ids', () => {
  let s = 0;
  for (let j = 0; j < all.length; j++) {
    const i = all[j]!;
    s +=
      index.num.area[i]! +
      index.cat.state.codes[i]! +
      index.cat.district.codes[i]! +
      index.isHall[i]! +
      index.flags[i]!;
  }
  return s;
});
