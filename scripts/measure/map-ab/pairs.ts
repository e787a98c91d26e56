import type { Browser } from 'playwright-core';
import { changeKind, openRun, type BuildLabel, type OpenRun, type RunResult } from './page-run';

export interface PairOptions {
  changes: number;
  settleMs: number;
  log: (line: string) => void;
}

/** Pair i runs baseline then candidate when i is even, the other way round when odd: A,B,B,A,… */
export const pairOrder = (i: number): BuildLabel[] =>
  i % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline'];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One pair: both builds are opened in fresh contexts in the pair's order (each load measured
 * while the other page, if open, sits settled), then their filter changes alternate A,B,B,A,…
 * change by change, so a burst of load on the machine hits both builds alike.
 */
export async function runPair(
  browser: Browser,
  urls: Record<BuildLabel, string>,
  pair: number,
  { changes, settleMs, log }: PairOptions,
): Promise<RunResult[]> {
  const open = {} as Record<BuildLabel, OpenRun>;
  try {
    for (const build of pairOrder(pair)) {
      open[build] = await openRun(browser, urls[build], build, pair);
      log(
        `pair ${pair + 1} ${build}: first frame with all sites ${Math.round(open[build].result.firstFrameAllSites)} ms`,
      );
    }
    for (let k = 0; k < changes; k++)
      for (const build of pairOrder(k)) {
        const { toMap, toResults } = await changeKind(open[build].page, k);
        open[build].result.filterToMap.push(toMap);
        open[build].result.filterToResults.push(toResults);
        await pause(settleMs);
      }
    return pairOrder(pair).map((build) => open[build].result);
  } finally {
    for (const run of Object.values(open)) await run.close();
  }
}
