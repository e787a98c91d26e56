import type { SearchParams } from '../search-param-table';
import type { QueryContext } from './filter-groups';
import { runQuery } from './run-query';
import type { SiteIndex } from './site-index';

/**
 * Queries worth running once while the page is idle after a dataset loads: they build the
 * per-index caches (kind masks, scratch buffers, the sort order) and let
 * the JavaScript engine optimise the filter loops, so the first real filter change does not pay
 * for either (at 100,000 sites a cold query took about twice as long as a warm one).
 */
const WARM_UP_QUERIES: SearchParams[] = [
  {},
  { kind: 'plots' },
  { kind: 'halls' },
  { area_min: 5_000 },
  { state: ['SN'], kind: 'plots' },
  { area_min: 10_000, kind: 'plots' },
];

/**
 * How long after the index is ready the warm-up waits before its first idle slice. A cold query
 * at 100,000 sites is one task of 50–70 ms; started at once, the first two ran between the commit
 * of the results and their paint, and were the last long tasks of a load (docs/performance.md,
 * "Warm-up after the load").
 */
export const WARM_UP_DELAY_MS = 1_000;

/**
 * Runs the warm-up queries one per idle slice, starting `delayMs` after the call; returns a
 * function that stops it.
 */
export function warmUpWhenIdle(
  index: SiteIndex,
  ctx: QueryContext,
  { rounds = 3, delayMs = WARM_UP_DELAY_MS } = {},
): () => void {
  const queue = Array.from({ length: rounds }, () => WARM_UP_QUERIES).flat();
  let handle: number | undefined;
  let stopped = false;
  const idle =
    typeof requestIdleCallback === 'function'
      ? (cb: () => void) => requestIdleCallback(cb, { timeout: 2_000 })
      : (cb: () => void) => setTimeout(cb, 50);
  const cancel =
    typeof cancelIdleCallback === 'function'
      ? (h: number) => cancelIdleCallback(h)
      : (h: number) => clearTimeout(h);
  const next = () => {
    const params = queue.shift();
    if (stopped || !params) return;
    runQuery(index, params, ctx);
    handle = idle(next);
  };
  const start = index.size > 0 ? setTimeout(() => (handle = idle(next)), delayMs) : undefined;
  return () => {
    stopped = true;
    clearTimeout(start);
    if (handle !== undefined) cancel(handle);
  };
}
