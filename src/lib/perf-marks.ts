/**
 * Performance marks for the scripted browser measurements (scripts/measure/filter-latency.ts:
 * the time from a committed filter change to the updated result count on screen;
 * scripts/measure/load-to-count.ts: the live map's first frame with sites).
 */
const CHANGE = 'sf:filter-change';
export const FILTER_TO_RESULTS = 'sf:filter-to-results';

export function markFilterChange(): void {
  performance.clearMarks(CHANGE);
  performance.mark(CHANGE);
  performance.clearMarks(MAP_CHANGE);
  performance.mark(MAP_CHANGE);
}

/** Call after the results for the latest change are painted; measures once per change. */
export function markResultsShown(): void {
  if (performance.getEntriesByName(CHANGE, 'mark').length === 0) return;
  performance.measure(FILTER_TO_RESULTS, CHANGE);
  performance.clearMarks(CHANGE);
}

const MAP_CHANGE = 'sf:filter-change-map';
export const FILTER_TO_MAP = 'sf:filter-to-map';

/** Call when the map's sources hold the clusters for the latest change; measures once per change. */
export function markMapUpdated(): void {
  if (performance.getEntriesByName(MAP_CHANGE, 'mark').length === 0) return;
  performance.measure(FILTER_TO_MAP, MAP_CHANGE);
  performance.clearMarks(MAP_CHANGE);
}

export const MAP_FIRST_FRAME = 'sf:map-first-frame';

/**
 * Call at the first frame the live map drew for a result set, with how many results it holds:
 * the load measurement takes the first such frame with every result (the map can draw the plots
 * while the halls still load). Only the latest mark is kept; observers see each one.
 */
export function markMapFirstFrame(results: number): void {
  performance.clearMarks(MAP_FIRST_FRAME);
  performance.mark(MAP_FIRST_FRAME, { detail: { results } });
}
