import { DEVELOPMENT_STATUSES, ZONINGS } from '@/contract/site-schemas';
import { STATES } from '@/contract/field-types';
import { classOf, lastCentBelow, PRICE_EDGES, SIZE_EDGES } from './class-edges';
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
class Acc {
  count: Float64Array;
  area: Float64Array;
  constructor(slots: number) {
    this.count = new Float64Array(slots * 2);
    this.area = new Float64Array(slots * 2);
  }
  add(slot: number, kind: number, area: number) {
    const k = slot * 2 + kind;
    this.count[k]! += 1;
    this.area[k]! += area;
  }
  tally(slot: number, kind: number): Tally {
    const k = slot * 2 + kind;
    return { count: this.count[k]!, area: this.area[k]! };
  }
}

/** Slots: the category's codes, then one for "no value". */
const catSlot = (cat: CategoryColumn, i: number) => Math.min(cat.codes[i]!, cat.values.length);

function categoryBuckets(
  cat: CategoryColumn,
  acc: Acc,
  kind: number,
  order: readonly string[] | null,
  filterOf: (value: string) => FilterPatch,
): Bucket[] {
  const known = (order ?? cat.values).map((value) => {
    const code = cat.values.indexOf(value);
    const t = code < 0 ? { count: 0, area: 0 } : acc.tally(code, kind);
    return { key: value, ...t, filter: t.count > 0 ? filterOf(value) : null };
  });
  // Without a fixed order (districts): only the ones present, largest area first.
  const listed = order ? known : known.filter((b) => b.count > 0).sort((a, b) => b.area - a.area);
  const none = acc.tally(cat.values.length, kind);
  return none.count > 0 ? [...listed, { key: 'unknown', ...none, filter: null }] : listed;
}

function classBuckets(
  edges: readonly number[],
  acc: Acc,
  kind: number,
  filterOf: (lower: number, upper: number | null) => FilterPatch,
): Bucket[] {
  return edges.map((lower, c) => {
    const upper = edges[c + 1] ?? null;
    const t = acc.tally(c, kind);
    return {
      key: `${lower}-${upper ?? ''}`,
      range: [lower, upper],
      ...t,
      filter: t.count > 0 ? filterOf(lower, upper) : null,
    };
  });
}

/** All charts' numbers for the engine's result, in one pass over the result indices. */
export function aggregateOverview({ columns: c, ids, today, onRequestBit }: OverviewInput): Overview {
  const { isHall, flags, area, price, rent, availDay } = c;
  const win = availabilityWindow(today);
  const totals = new Acc(1);
  const state = new Acc(c.state.values.length + 1);
  const district = new Acc(c.district.values.length + 1);
  const zoning = new Acc(c.zoning.values.length + 1);
  const dev = new Acc(c.dev.values.length + 1);
  const size = new Acc(SIZE_EDGES.plots.length);
  const prices = new Acc(PRICE_EDGES.plots.length + 2); // bins, then on request, then unknown
  const avail = new Acc(AVAILABILITY_KEYS.length);
  const n = ids.length;
  for (let j = 0; j < n; j++) {
    const i = ids[j]!;
    const k = isHall[i]!;
    const a = area[i]! === area[i]! ? area[i]! : 0;
    totals.add(0, k, a);
    state.add(catSlot(c.state, i), k, a);
    district.add(catSlot(c.district, i), k, a);
    if (k === 0) {
      zoning.add(catSlot(c.zoning, i), k, a);
      dev.add(catSlot(c.dev, i), k, a);
    }
    const sc = classOf(k === 0 ? SIZE_EDGES.plots : SIZE_EDGES.halls, area[i]!);
    if (sc >= 0) size.add(sc, k, a);
    const edges = k === 0 ? PRICE_EDGES.plots : PRICE_EDGES.halls;
    const pc = classOf(edges, k === 0 ? price[i]! : rent[i]!);
    const onRequest = (flags[i]! & onRequestBit) !== 0;
    const priceSlot = pc >= 0 ? pc : onRequest ? edges.length : edges.length + 1;
    prices.add(priceSlot, k, a);
    avail.add(win.slotOf(availDay[i]!), k, a);
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
      onRequest: prices.tally(edges.length, kind),
      unknown: prices.tally(edges.length + 1, kind),
    };
  };
  return {
    totals: perKind((k) => totals.tally(0, k)),
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
        const t = avail.tally(slot, k);
        return { key, ...t, filter: t.count > 0 ? win.filterOf(key, name) : null };
      }),
    ),
  };
}
