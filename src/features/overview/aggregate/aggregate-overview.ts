import { DEVELOPMENT_STATUSES, ZONINGS } from '@/contract/site-schemas';
import { ON_REQUEST_BIT } from '@/lib/search/engine/site-index';
import { STATES } from '@/contract/field-types';
import { lastCentBelow, PRICE_EDGES, SIZE_EDGES } from './class-edges';
import { availabilityWindow, AVAILABILITY_KEYS } from './availability';
import type {
  Bucket,
  CategoryColumn,
  FilterPatch,
  KindName,
  Overview,
  OverviewInput,
  PriceDistribution,
  Tally,
} from './overview-model';

/** The URL's names for development states (`dev=partly`), by the data's codes. */
const DEV_PARAM: Record<string, string> = {
  developed: 'developed',
  partly_developed: 'partly',
  undeveloped: 'undeveloped',
};

/** Per-kind accumulators: slot `s * 2 + kind` holds count and area of slot s. */
interface Acc {
  count: Float64Array;
  area: Float64Array;
}
const acc = (slots: number): Acc => ({
  count: new Float64Array(slots * 2),
  area: new Float64Array(slots * 2),
});
const tally = (x: Acc, slot: number, kind: number): Tally => ({
  count: x.count[slot * 2 + kind]!,
  area: x.area[slot * 2 + kind]!,
});
function bump(x: Acc, at: number, area: number) {
  x.count[at]! += 1;
  x.area[at]! += area;
}
/** The class of `v` among ascending lower edges, or -1 (below the first, or NaN). */
function classIn(edges: Float64Array, v: number): number {
  if (!(v >= edges[0]!)) return -1;
  let c = 0;
  while (c + 1 < edges.length && v >= edges[c + 1]!) c++;
  return c;
}

function categoryBuckets(
  cat: CategoryColumn,
  x: Acc,
  kind: number,
  order: readonly string[] | null,
  filterOf: (value: string) => FilterPatch,
): Bucket[] {
  const known = (order ?? cat.values).map((value) => {
    const code = cat.values.indexOf(value);
    const t = code < 0 ? { count: 0, area: 0 } : tally(x, code, kind);
    return { key: value, ...t, filter: t.count > 0 ? filterOf(value) : null };
  });
  // Without a fixed order (districts): only the ones present, largest area first.
  const listed = order ? known : known.filter((b) => b.count > 0).sort((a, b) => b.area - a.area);
  const none = tally(x, cat.values.length, kind);
  return none.count > 0 ? [...listed, { key: 'unknown', ...none, filter: null }] : listed;
}

function classBuckets(
  edges: readonly number[],
  x: Acc,
  kind: number,
  filterOf: (lower: number, upper: number | null) => FilterPatch,
): Bucket[] {
  return edges.map((lower, c) => {
    const upper = edges[c + 1] ?? null;
    const t = tally(x, c, kind);
    return {
      key: `${lower}-${upper ?? ''}`,
      range: [lower, upper],
      ...t,
      filter: t.count > 0 ? filterOf(lower, upper) : null,
    };
  });
}

/** All charts' numbers for the engine's result, in one pass over the result indices. */
export function aggregateOverview({ columns, ids, today }: OverviewInput): Overview {
  const { isHall, flags } = columns;
  const { area, price, rent } = columns.num;
  const availDay = columns.day.avail;
  const c = columns.cat;
  const onRequestBit = ON_REQUEST_BIT;
  const win = availabilityWindow(today);
  const totals = acc(1);
  const state = acc(c.state.values.length + 1);
  const district = acc(c.district.values.length + 1);
  const zoning = acc(c.zoning.values.length + 1);
  const dev = acc(c.dev.values.length + 1);
  const size = acc(SIZE_EDGES.plots.length);
  const prices = acc(PRICE_EDGES.plots.length + 2); // bins, then on request, then unknown
  const avail = acc(AVAILABILITY_KEYS.length);
  // Hot loop: typed arrays hoisted into locals, slots computed inline (no calls per site).
  const n = ids.length;
  const [stCodes, stNone] = [c.state.codes, c.state.values.length];
  const [diCodes, diNone] = [c.district.codes, c.district.values.length];
  const [zoCodes, zoNone] = [c.zoning.codes, c.zoning.values.length];
  const [dvCodes, dvNone] = [c.dev.codes, c.dev.values.length];
  const sizePlots = Float64Array.from(SIZE_EDGES.plots);
  const sizeHalls = Float64Array.from(SIZE_EDGES.halls);
  const pricePlots = Float64Array.from(PRICE_EDGES.plots);
  const priceHalls = Float64Array.from(PRICE_EDGES.halls);
  const { today: t, horizon } = win;
  for (let j = 0; j < n; j++) {
    const i = ids[j]!;
    const k = isHall[i]!;
    const v = area[i]!;
    const a = v === v ? v : 0;
    bump(totals, k, a);
    bump(state, Math.min(stCodes[i]!, stNone) * 2 + k, a);
    bump(district, Math.min(diCodes[i]!, diNone) * 2 + k, a);
    if (k === 0) {
      bump(zoning, Math.min(zoCodes[i]!, zoNone) * 2, a);
      bump(dev, Math.min(dvCodes[i]!, dvNone) * 2, a);
    }
    const sc = classIn(k === 0 ? sizePlots : sizeHalls, v);
    if (sc >= 0) bump(size, sc * 2 + k, a);
    const edges = k === 0 ? pricePlots : priceHalls;
    const pc = classIn(edges, k === 0 ? price[i]! : rent[i]!);
    const slot = pc >= 0 ? pc : (flags[i]! & onRequestBit) !== 0 ? edges.length : edges.length + 1;
    bump(prices, slot * 2 + k, a);
    const d = availDay[i]!;
    bump(avail, (d !== d ? 3 : d <= t ? 0 : d <= horizon ? 1 : 2) * 2 + k, a);
  }
  const perKind = <T>(make: (kind: number, name: KindName) => T): Record<KindName, T> => ({
    plots: make(0, 'plots'),
    halls: make(1, 'halls'),
  });
  const priceOf = (kind: number, name: KindName): PriceDistribution => {
    const edges = PRICE_EDGES[name];
    const [min, max] =
      name === 'plots' ? (['price_min', 'price_max'] as const) : (['rent_min', 'rent_max'] as const);
    const dropUnknown = name === 'plots' ? 'price' : 'rent';
    return {
      bins: classBuckets(edges, prices, kind, (lower, upper) => ({
        kind: name,
        [min]: lower > 0 ? lower : undefined,
        [max]: upper === null ? undefined : lastCentBelow(upper),
        dropUnknown,
      })),
      onRequest: tally(prices, edges.length, kind),
      unknown: tally(prices, edges.length + 1, kind),
    };
  };
  return {
    totals: perKind((k) => tally(totals, 0, k)),
    byState: perKind((k, name) =>
      categoryBuckets(c.state, state, k, STATES, (v) => ({ kind: name, state: [v] })),
    ),
    byDistrict: perKind((k, name) =>
      categoryBuckets(c.district, district, k, null, (v) => ({ kind: name, district: [v] })),
    ),
    byZoning: categoryBuckets(c.zoning, zoning, 0, ZONINGS, (v) => ({ kind: 'plots', zoning: [v] })),
    byDev: categoryBuckets(c.dev, dev, 0, DEVELOPMENT_STATUSES, (v) => ({
      kind: 'plots',
      dev: [DEV_PARAM[v] ?? v],
    })),
    sizeClasses: perKind((k, name) =>
      classBuckets(SIZE_EDGES[name], size, k, (lower, upper) => ({
        kind: name,
        area_min: lower > 0 ? lower : undefined,
        area_max: upper === null ? undefined : upper - 1,
      })),
    ),
    prices: perKind(priceOf),
    availability: perKind((k, name) =>
      AVAILABILITY_KEYS.map((key, slot) => {
        const t = tally(avail, slot, k);
        return { key, ...t, filter: t.count > 0 ? win.filterOf(key, name) : null };
      }),
    ),
  };
}
