import type { SearchParams } from '../search-param-table';
import type { QueryContext } from './filter-groups';
import { runQuery } from './run-query';
import type { SiteIndex } from './site-index';
import { prepareOrder, type StaticSort } from './sort-order';

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
 * The orders of the sort menu, prepared in steps after the queries, so picking one sorts nothing.
 * By name first: at 100,000 sites its sort at once (the collator's comparisons) was one task of
 * 0.4–0.8 s when a person first picked it; the others 50–80 ms each.
 */
const WARM_UP_ORDERS: StaticSort[] = ['name', 'area', 'price', '-price', '-as_of'];

/**
 * How long after the index is ready the warm-up waits before its first idle slice. A cold query
 * at 100,000 sites is one task of 50–70 ms; started at once, the first two ran between the commit
 * of the results and their paint, and were the last long tasks of a load (docs/performance.md,
 * "Warm-up after the load").
 */
export const WARM_UP_DELAY_MS = 1_000;

/** Time an idle slice leaves unused, so a step that runs a little long still ends in it. */
const IDLE_MARGIN_MS = 5;

function* warmUpSteps(index: SiteIndex, ctx: QueryContext, rounds: number): Generator<void, void> {
  for (let r = 0; r < rounds; r++)
    for (const params of WARM_UP_QUERIES) {
      runQuery(index, params, ctx);
      yield;
    }
  for (const sort of WARM_UP_ORDERS) yield* prepareOrder(index, sort);
}

type Deadline = { timeRemaining: () => number };

/**
 * Runs the warm-up queries one per idle slice, then prepares the sort menu's orders a few steps
 * per idle slice, starting `delayMs` after the call; returns a function that stops it.
 */
export function warmUpWhenIdle(
  index: SiteIndex,
  ctx: QueryContext,
  { rounds = 3, delayMs = WARM_UP_DELAY_MS } = {},
): () => void {
  const steps = warmUpSteps(index, ctx, rounds);
  let cancelNext: (() => void) | undefined;
  let stopped = false;
  // One step, then more while the idle slice has time left (without a deadline: one a turn).
  const next = (deadline?: Deadline) => {
    if (stopped) return;
    do if (steps.next().done) return;
    while (deadline && deadline.timeRemaining() > IDLE_MARGIN_MS);
    cancelNext = whenIdle(next);
  };
  const start = index.size > 0 ? setTimeout(() => (cancelNext = whenIdle(next)), delayMs) : undefined;
  return () => {
    stopped = true;
    clearTimeout(start);
    cancelNext?.();
  };
}

/** Calls `cb` in the browser's next idle slice (or soon, without idle callbacks); returns a cancel. */
function whenIdle(cb: (deadline?: Deadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(cb, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(cb, 50);
  return () => clearTimeout(handle);
}
