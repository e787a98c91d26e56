import { describe, expect, it } from 'vitest';
import { aggregateOverview } from './aggregate-overview';
import { ON_REQUEST_BIT } from '@/lib/search/engine/site-index';
import type { CategoryColumn, OverviewColumns } from './overview-model';

/** Hand-made rows; every number below is computed by hand from them. */
interface Row {
  hall?: boolean;
  area: number;
  price?: number;
  rent?: number;
  onRequest?: boolean;
  avail?: string;
  state: string;
  district?: string;
  zoning?: string;
  dev?: string;
}
const day = (iso?: string) => (iso ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) : NaN);
function category(values: (string | undefined)[]): CategoryColumn {
  const distinct = [...new Set(values.filter((v): v is string => v !== undefined))];
  return {
    values: distinct,
    codes: Uint16Array.from(values, (v) => (v === undefined ? 0xffff : distinct.indexOf(v))),
  };
}
function columnsOf(rows: Row[]): OverviewColumns {
  const num = (f: (r: Row) => number | undefined) => Float64Array.from(rows, (r) => f(r) ?? NaN);
  return {
    isHall: Uint8Array.from(rows, (r) => (r.hall ? 1 : 0)),
    flags: Uint16Array.from(rows, (r) => (r.onRequest ? ON_REQUEST_BIT : 0)),
    num: { area: num((r) => r.area), price: num((r) => r.price), rent: num((r) => r.rent) },
    day: { avail: Float64Array.from(rows, (r) => day(r.avail)) },
    cat: {
      state: category(rows.map((r) => r.state)),
      district: category(rows.map((r) => r.district)),
      zoning: category(rows.map((r) => r.zoning)),
      dev: category(rows.map((r) => r.dev)),
    },
  };
}
const TODAY = '2026-11-27';
const ROWS: Row[] = [
  // 0: plot, exactly 1 ha (class 1–5 ha), price 20 (class 20–40), available today
  {
    area: 10_000,
    price: 20,
    avail: '2026-11-27',
    state: 'SN',
    district: '14713',
    zoning: 'GI',
    dev: 'developed',
  },
  // 1: plot just under 1 ha, price 19.99, within 12 months (tomorrow)
  {
    area: 9_999,
    price: 19.99,
    avail: '2026-11-28',
    state: 'SN',
    district: '14713',
    zoning: 'GE',
    dev: 'partly_developed',
  },
  // 2: plot 50 ha (open class), price on request, available exactly one year on (still within 12)
  {
    area: 500_000,
    onRequest: true,
    avail: '2027-11-27',
    state: 'ST',
    district: '15002',
    zoning: 'GI',
    dev: 'undeveloped',
  },
  // 3: plot exactly 5 ha (class 5–10 ha), no price and not on request, no date
  { area: 50_000, state: 'TH', district: '16070', zoning: 'GI', dev: 'developed' },
  // 4: hall 2,000 m² (class 2,000–10,000), rent 4, later (one year and a day)
  { hall: true, area: 2_000, rent: 4, avail: '2027-11-28', state: 'ST', district: '15002' },
  // 5: hall 1,999 m², for sale only (no rent, not on request), no district key
  { hall: true, area: 1_999, avail: '2020-01-01', state: 'SN' },
  // 6: not in the result (checks that only result ids count)
  { area: 1_000_000, price: 500, state: 'TH', district: '16070', zoning: 'SO', dev: 'developed' },
];
const columns = columnsOf(ROWS);
const overview = aggregateOverview({
  columns,
  ids: [0, 1, 2, 3, 4, 5],
  today: TODAY,
});
const pick = (buckets: { key: string; count: number; area: number }[]) =>
  Object.fromEntries(buckets.map((b) => [b.key, [b.count, b.area]]));

describe('aggregateOverview', () => {
  it('totals count and area per kind over the result only', () => {
    expect(overview.totals).toEqual({
      plots: { count: 4, area: 569_999 },
      halls: { count: 2, area: 3_999 },
    });
  });

  it('by state: all three Länder in fixed order, plots and halls apart, each a link', () => {
    expect(pick(overview.byState.plots)).toEqual({ SN: [2, 19_999], ST: [1, 500_000], TH: [1, 50_000] });
    expect(pick(overview.byState.halls)).toEqual({ SN: [1, 1_999], ST: [1, 2_000], TH: [0, 0] });
    expect(overview.byState.halls[1]!.filter).toEqual({ kind: 'halls', state: ['ST'] });
    expect(overview.byState.halls[2]!.filter).toBeNull();
  });

  it('by district: present districts by area, then unknown keys without a link', () => {
    expect(overview.byDistrict.plots.map((b) => b.key)).toEqual(['15002', '16070', '14713']);
    expect(pick(overview.byDistrict.halls)).toEqual({ '15002': [1, 2_000], unknown: [1, 1_999] });
    expect(overview.byDistrict.halls.at(-1)!.filter).toBeNull();
    expect(overview.byDistrict.plots[0]!.filter).toEqual({ kind: 'plots', district: ['15002'] });
  });

  it('by zoning and development status (plots only), with URL codes', () => {
    expect(pick(overview.byZoning)).toEqual({
      GI: [3, 560_000],
      GE: [1, 9_999],
      GEe: [0, 0],
      SO: [0, 0],
      MI: [0, 0],
    });
    expect(pick(overview.byDev)).toEqual({
      developed: [2, 60_000],
      partly_developed: [1, 9_999],
      undeveloped: [1, 500_000],
    });
    expect(overview.byDev[1]!.filter).toEqual({ kind: 'plots', dev: ['partly'] });
  });

  it('size classes: lower ≤ size < upper, links to area_min=lower&area_max=upper−1', () => {
    expect(overview.sizeClasses.plots.map((b) => [b.key, b.count])).toEqual([
      ['0-10000', 1],
      ['10000-50000', 1],
      ['50000-100000', 1],
      ['100000-500000', 0],
      ['500000-', 1],
    ]);
    expect(overview.sizeClasses.plots.map((b) => b.filter)).toEqual([
      { kind: 'plots', area_min: undefined, area_max: 9_999 },
      { kind: 'plots', area_min: 10_000, area_max: 49_999 },
      { kind: 'plots', area_min: 50_000, area_max: 99_999 },
      null, // no plots in this class: nothing to link to
      { kind: 'plots', area_min: 500_000, area_max: undefined },
    ]);
    expect(overview.sizeClasses.halls.map((b) => b.count)).toEqual([1, 1, 0, 0]);
  });

  it('price distribution with price on request and unknown apart', () => {
    const { plots, halls } = overview.prices;
    expect(plots.bins.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(plots.onRequest).toEqual({ count: 1, area: 500_000 });
    expect(plots.unknown).toEqual({ count: 1, area: 50_000 });
    expect(plots.bins[0]!.filter).toEqual({
      kind: 'plots',
      price_min: undefined,
      price_max: 19.99,
      dropUnknown: 'price',
    });
    expect(halls.bins.map((b) => b.count)).toEqual([0, 1, 0, 0, 0]);
    expect(halls.bins[1]!.filter).toMatchObject({ kind: 'halls', rent_min: 4, rent_max: 4.99 });
    expect(halls.bins.at(-1)).toMatchObject({ range: [7, null], count: 0, filter: null });
    expect(halls.unknown.count).toBe(1);
    expect(halls.onRequest.count).toBe(0);
  });

  it('availability relative to today: now, within 12 months (to the same day next year), later, unknown', () => {
    expect(pick(overview.availability.plots)).toEqual({
      now: [1, 10_000],
      within12: [2, 509_999],
      later: [0, 0],
      unknown: [1, 50_000],
    });
    expect(pick(overview.availability.halls)).toEqual({
      now: [1, 1_999],
      within12: [0, 0],
      later: [1, 2_000],
      unknown: [0, 0],
    });
    const [now, within, later, unknown] = overview.availability.plots.map((b) => b.filter);
    expect(now).toEqual({ kind: 'plots', avail: 'now', dropUnknown: 'avail' });
    expect(within).toEqual({
      kind: 'plots',
      avail_after: '2026-11-27',
      avail: '2027-11-27',
      dropUnknown: 'avail',
    });
    expect(later).toBeNull(); // no plots there
    expect(unknown).toBeNull();
    expect(overview.availability.halls[2]!.filter).toEqual({
      kind: 'halls',
      avail_after: '2027-11-27',
      dropUnknown: 'avail',
    });
  });

  it('an empty result gives zero everywhere, not missing rows', () => {
    const empty = aggregateOverview({ columns, ids: [], today: TODAY });
    expect(empty.totals.plots).toEqual({ count: 0, area: 0 });
    expect(empty.byState.plots.map((b) => b.count)).toEqual([0, 0, 0]);
    expect(empty.byDistrict.plots).toEqual([]);
    expect(empty.sizeClasses.halls).toHaveLength(4);
  });
});

describe('yearLater', () => {
  it('is the same calendar day next year; 29 February becomes 1 March', async () => {
    const { yearLater } = await import('./availability');
    expect(yearLater('2026-11-27')).toBe('2027-11-27');
    expect(yearLater('2028-02-29')).toBe('2029-03-01');
  });
});
