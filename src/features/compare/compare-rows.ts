import type { Catalogue } from '@/lib/i18n/locales/de';
import type { Site } from '@/lib/sites/site';
import { totalPurchasePrice } from '@/lib/sites/total-price';

/**
 * The comparison as data: one row per meaning, one cell per site. A field a site's kind does not
 * have is `undefined` (shown as "–"); a field it has but leaves empty is `null` ("k. A.").
 * `best` marks the best value of a row where "best" is clear (larger area, lower price, shorter
 * distance), only when at least two sites have a value and they are not all equal.
 */
export type CompareFormat =
  | 'text'
  | 'area'
  | 'euro'
  | 'euroM2'
  | 'rentM2'
  | 'km'
  | 'metres'
  | 'tonnesM2'
  | 'mva'
  | 'count'
  | 'yesNo'
  | 'date';
export type CompareValue = string | number | boolean | null | undefined;
/** A row's id, which is also its label's key under `compare.rows`. */
export type CompareRowId = keyof Catalogue['compare']['rows'];

export interface CompareRowSpec {
  id: CompareRowId;
  format: CompareFormat;
  better?: 'higher' | 'lower';
  /** The kinds of site that have this field; all when not given. */
  kinds?: readonly Site['kind'][];
  value(site: Site): CompareValue;
}

const common = (id: CompareRowId, format: CompareFormat, better?: 'higher' | 'lower'): CompareRowSpec => ({
  id,
  format,
  better,
  value: (site) => (site as unknown as Record<string, CompareValue>)[id] ?? null,
});
const only = (kind: Site['kind'], spec: CompareRowSpec): CompareRowSpec => ({
  ...spec,
  kinds: [kind],
  value: (site) => (site.kind === kind ? spec.value(site) : undefined),
});
/** A plot's area × price per m² (computed), a hall's sale price; null on request or without. */
const totalPrice: CompareRowSpec = {
  id: 'total_price',
  format: 'euro',
  better: 'lower',
  value: (site) => totalPurchasePrice(site)?.eur ?? null,
};

export const COMPARE_ROWS: readonly CompareRowSpec[] = [
  common('kind', 'text'),
  common('municipality', 'text'),
  common('state', 'text'),
  common('status', 'text'),
  common('area_m2', 'area', 'higher'),
  common('total_area_m2', 'area', 'higher'),
  only('plot', common('largest_contiguous_m2', 'area', 'higher')),
  common('divisible_from_m2', 'area'),
  common('price_eur_m2', 'euroM2', 'lower'),
  totalPrice,
  only('hall', common('rent_eur_m2_month', 'rentM2', 'lower')),
  common('available_from', 'date'),
  only('plot', common('zoning', 'text')),
  only('plot', common('development_status', 'text')),
  only('hall', common('clear_height_m', 'metres', 'higher')),
  only('hall', common('floor_load_t_m2', 'tonnesM2', 'higher')),
  only('hall', common('loading_docks', 'count', 'higher')),
  common('junction_km', 'km', 'lower'),
  common('airport_km', 'km', 'lower'),
  common('rail_siding', 'yesNo'),
  common('power_mva', 'mva', 'higher'),
  common('data_as_of', 'date'),
];

export interface CompareRow {
  spec: CompareRowSpec;
  values: CompareValue[];
  differs: boolean;
  best: boolean[];
}

/** The rows that apply to the kinds compared: no clear height among plots only, no zoning among halls. */
export function applicableRows(sites: readonly Site[], specs = COMPARE_ROWS): CompareRowSpec[] {
  const kinds = new Set(sites.map((s) => s.kind));
  return specs.filter((spec) => !spec.kinds || spec.kinds.some((k) => kinds.has(k)));
}

export function compareRows(sites: readonly Site[], specs = COMPARE_ROWS): CompareRow[] {
  return applicableRows(sites, specs).map((spec) => {
    const values = sites.map((s) => spec.value(s));
    const differs = new Set(values.map((v) => (v === undefined ? '\u0000' : JSON.stringify(v)))).size > 1;
    const numbers = values.filter((v): v is number => typeof v === 'number');
    let best = values.map(() => false);
    if (spec.better && numbers.length >= 2 && new Set(numbers).size > 1) {
      const target = spec.better === 'higher' ? Math.max(...numbers) : Math.min(...numbers);
      best = values.map((v) => v === target);
    }
    return { spec, values, differs, best };
  });
}
