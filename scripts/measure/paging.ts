/**
 * Times `fetchAllPages` against a running OGC API server, one page at a time (by `next` links)
 * against pages in parallel, alternating the order run by run; prints medians and the load.
 *
 *   npm run api -- --data data/synthetic/sites-100000-seed1.json &
 *   npx tsx scripts/measure/paging.ts [landing URL, default http://127.0.0.1:8787/api] [collection, default plots] [runs, default 5] [added latency per request in ms, default 0] [pages in flight, default 4]
 *
 * The added latency waits before each request, standing in for the round trip to a distant server.
 */
import { loadavg } from 'node:os';
import { discoverCollections, fetchAllPages, itemsUrlOf } from '../../src/lib/api/ogc-client';
import { PARALLEL_PAGES } from '../../src/lib/api/parallel-pages';

const [
  landing = 'http://127.0.0.1:8787/api',
  collectionId = 'plots',
  runsText = '5',
  latencyText = '0',
  concurrencyText = String(PARALLEL_PAGES),
] = process.argv.slice(2);
const runs = Number(runsText);
const latencyMs = Number(latencyText);
const concurrency = Number(concurrencyText);

const delayedFetch: typeof fetch = async (input, init) => {
  await new Promise((resolve) => setTimeout(resolve, latencyMs));
  return fetch(input, init);
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timeOnce(itemsUrl: string, concurrency: number): Promise<{ ms: number; count: number }> {
  const start = performance.now();
  const { features } = await fetchAllPages(itemsUrl, {
    concurrency,
    timeoutMs: 120_000,
    fetchImpl: delayedFetch,
  });
  return { ms: performance.now() - start, count: features.length };
}

async function main() {
  const itemsUrl = itemsUrlOf(await discoverCollections(landing), collectionId, landing);
  const modes = { sequential: 1, parallel: concurrency };
  const times: Record<keyof typeof modes, number[]> = { sequential: [], parallel: [] };
  await timeOnce(itemsUrl, 1); // warm-up: the server's and the client's JIT
  for (let run = 0; run < runs; run++) {
    const order =
      run % 2 === 0 ? (['sequential', 'parallel'] as const) : (['parallel', 'sequential'] as const);
    for (const mode of order) {
      const { ms, count } = await timeOnce(itemsUrl, modes[mode]);
      times[mode].push(ms);
      console.log(`run ${run + 1} ${mode}: ${ms.toFixed(0)} ms, ${count} features`);
    }
  }
  const [sequential, parallel] = [median(times.sequential), median(times.parallel)];
  console.log(
    `${itemsUrl}: median sequential ${sequential.toFixed(0)} ms, parallel (${concurrency}) ${parallel.toFixed(0)} ms`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
