import { DEFAULT_SORT, defaultSort, type SearchParams, type SortKey } from '../search-param-table';
import type { Fit } from './fit';
import type { QueryContext } from './filter-groups';
import { distanceKmFast } from './geo-distance';
import { sortSteps } from './sort-steps';
import type { SiteIndex } from './site-index';

/**
 * Sorting. Static orders (area, price, as-of date, name) are computed once per index and sort
 * key, so a query walks a precomputed permutation instead of sorting. Unknown values go last in
 * both directions; ties are broken by site key, ascending, so the order is stable and shareable.
 */

type StaticKey = Exclude<SortKey, 'distance' | 'fit'>;
/** A static order as the URL writes it: `name`, `-area`, … */
export type StaticSort = StaticKey | `-${StaticKey}`;
const cache = new WeakMap<SiteIndex, Map<string, Uint32Array>>();
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function valueColumn(index: SiteIndex, key: StaticKey): Float64Array | null {
  if (key === 'area') return index.num.area;
  if (key === 'as_of') return index.asOfDay;
  if (key === 'price') {
    // Plots by purchase price €/m², halls by monthly rent €/m².
    const col = new Float64Array(index.size);
    for (let i = 0; i < index.size; i++) col[i] = index.isHall[i] ? index.num.rent[i]! : index.num.price[i]!;
    return col;
  }
  return null;
}

function cached(index: SiteIndex, cacheKey: string, build: () => Uint32Array): Uint32Array {
  let byIndex = cache.get(index);
  if (!byIndex) cache.set(index, (byIndex = new Map()));
  let hit = byIndex.get(cacheKey);
  if (!hit) byIndex.set(cacheKey, (hit = build()));
  return hit;
}

/** Each site's place in the order of site keys: the tie-break (built with the index). */
export const ranksOf = (index: SiteIndex) => index.keyRank;

function staticOrder(index: SiteIndex, key: StaticKey, descending: boolean): Uint32Array {
  return cached(index, orderKey(key, descending), () => {
    const ids = Uint32Array.from(index.sites.keys());
    return ids.sort(comparatorOf(index, key, descending));
  });
}

/** Every site before or after another in a static order: a total order (ties by site key). */
function comparatorOf(index: SiteIndex, key: StaticKey, descending: boolean) {
  const ranks = ranksOf(index);
  const col = valueColumn(index, key);
  const dir = descending ? -1 : 1;
  if (key === 'price' && col) {
    // Purchase prices and monthly rents are not comparable: plots first, then halls, each by price.
    const hall = index.isHall;
    return (a: number, b: number) =>
      hall[a]! - hall[b]! || compareNumbers(col[a]!, col[b]!, dir) || ranks[a]! - ranks[b]!;
  }
  if (col) return (a: number, b: number) => compareNumbers(col[a]!, col[b]!, dir) || ranks[a]! - ranks[b]!;
  const names = index.sites.map((s) => s.name);
  return (a: number, b: number) => dir * collator.compare(names[a]!, names[b]!) || ranks[a]! - ranks[b]!;
}

/** Rows sorted between two points where a sliced build may give the browser a turn. */
const ROWS_PER_STEP = 8192;

/**
 * Builds a static order (`sort` as in the URL: `name`, `-area`, …) in steps, unless it is built
 * already: for a sliced build (the default order, before the first query needs it: at 100,000
 * sites one sort of 25–60 ms on a slow machine) and for the warm-up after a load (the orders a
 * person can pick; by name one sort of 0.4–0.8 s, the collator's comparisons). A typed array's
 * sort at once is faster than the merge in steps, but is one task; the comparator is a total
 * order, so both give the same order.
 */
export function* prepareOrder(index: SiteIndex, sort: StaticSort): Generator<void, void> {
  const descending = sort.startsWith('-');
  const key = sort.replace(/^-/, '') as StaticKey;
  if (cache.get(index)?.has(orderKey(key, descending))) return;
  const ids = Uint32Array.from(index.sites.keys());
  const order = yield* sortSteps(ids, comparatorOf(index, key, descending), ROWS_PER_STEP);
  cached(index, orderKey(key, descending), () => order);
}

/** The default order (largest first) in steps. */
export const prepareDefaultOrder = (index: SiteIndex) => prepareOrder(index, DEFAULT_SORT as StaticSort);

const orderKey = (key: StaticKey, descending: boolean) => `${descending ? '-' : ''}${key}`;

/** NaN (unknown) last, whatever the direction. */
function compareNumbers(a: number, b: number, dir: number): number {
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  return (a - b) * dir;
}

/** Position of every site in a static order (its inverse), cached like the order itself. */
function positionsIn(index: SiteIndex, key: StaticKey, descending: boolean): Uint32Array {
  return cached(index, `@${descending ? '-' : ''}${key}`, () => {
    const order = staticOrder(index, key, descending);
    const pos = new Uint32Array(index.size);
    for (let k = 0; k < order.length; k++) pos[order[k]!] = k;
    return pos;
  });
}

/** The matching site indices in the requested order (`fit` needs the wishes' fit). */
export function orderResults(
  index: SiteIndex,
  ids: Uint32Array,
  params: SearchParams,
  ctx: QueryContext,
  fit: Fit | null = null,
) {
  const sort = params.sort ?? defaultSort(params);
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  if (key === 'distance' && ctx.nearPoint) return byDistance(index, ids, ctx.nearPoint, descending);
  if (key === 'fit' && fit) return byFit(index, ids, fit);
  // Distance without a place, or fit without wishes, falls back to the default order.
  const [k, desc]: [StaticKey, boolean] =
    key === 'distance' || key === 'fit' ? ['area', true] : [key, descending];
  return staticSorted(index, ids, k, desc);
}

function byDistance(index: SiteIndex, ids: Uint32Array, [lon0, lat0]: [number, number], descending: boolean) {
  const ranks = ranksOf(index);
  const dist = new Float64Array(index.size);
  for (const i of ids) dist[i] = distanceKmFast(lon0, lat0, index.lon[i]!, index.lat[i]!);
  const dir = descending ? -1 : 1;
  return ids.slice().sort((a, b) => compareNumbers(dist[a]!, dist[b]!, dir) || ranks[a]! - ranks[b]!);
}

/** More wishes met first, then the smaller total shortfall, then the default order (largest first). */
function byFit(index: SiteIndex, ids: Uint32Array, { met, shortfall }: Fit) {
  const pos = positionsIn(index, 'area', true);
  return ids.slice().sort((a, b) => met[b]! - met[a]! || shortfall[a]! - shortfall[b]! || pos[a]! - pos[b]!);
}

function staticSorted(index: SiteIndex, ids: Uint32Array, k: StaticKey, desc: boolean) {
  if (ids.length * 16 < index.size) {
    // Few results: sort their precomputed positions (a numeric typed-array sort, no comparator)
    // and read the sites back from the order.
    const pos = positionsIn(index, k, desc);
    const order = staticOrder(index, k, desc);
    const at = new Uint32Array(ids.length);
    for (let j = 0; j < ids.length; j++) at[j] = pos[ids[j]!]!;
    at.sort();
    for (let j = 0; j < at.length; j++) at[j] = order[at[j]!]!;
    return at;
  }
  // Many results: walk the precomputed order once.
  const order = staticOrder(index, k, desc);
  const matched = new Uint8Array(index.size);
  for (const i of ids) matched[i] = 1;
  const out = new Uint32Array(ids.length);
  let j = 0;
  for (let p = 0; p < order.length; p++) if (matched[order[p]!] === 1) out[j++] = order[p]!;
  return out;
}
