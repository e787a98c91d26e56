import type { Category, SiteIndex } from '@/lib/search/engine/site-index';
/**
 * The supply overview as data: tallies per dimension and the filter each bar applies. The
 * aggregation reads the filter engine's typed columns and result indices; it never touches
 * site objects.
 */

export type KindName = 'plots' | 'halls';
export const KIND_NAMES: readonly KindName[] = ['plots', 'halls'];

/** A categorical column of the engine's index. */
export type CategoryColumn = Category;

/** The engine's columns the aggregation reads (a slice of its site index, not a copy of its types). */
export interface OverviewColumns extends Pick<SiteIndex, 'isHall' | 'flags'> {
  num: Pick<SiteIndex['num'], 'area' | 'price' | 'rent'>;
  cat: Pick<SiteIndex['cat'], 'state' | 'district' | 'zoning' | 'dev'>;
  day: Pick<SiteIndex['day'], 'avail'>;
}

export interface OverviewInput {
  columns: OverviewColumns;
  /** The filter engine's result: indices into the columns. */
  ids: ArrayLike<number>;
  /** Today, `YYYY-MM-DD`, from the app's clock. */
  today: string;
}

/**
 * What a bar applies to the search, in the search URL's parameter names. `dropUnknown` removes
 * that name from `unknown`, so sites without a value do not slip into a range they are not in.
 */
export interface FilterPatch {
  kind?: KindName;
  state?: string[];
  district?: string[];
  zoning?: string[];
  dev?: string[];
  area_min?: number;
  area_max?: number;
  price_min?: number;
  price_max?: number;
  rent_min?: number;
  rent_max?: number;
  avail?: string;
  avail_after?: string;
  dropUnknown?: 'price' | 'rent' | 'avail';
}

export interface Tally {
  count: number;
  /** Available area (plots) or hall area, m². */
  area: number;
}

export interface Bucket extends Tally {
  /** A category code (`SN`, `14713`, `GI`, `developed`), a class (`10000-50000`) or `unknown`. */
  key: string;
  /** For classes: `lower ≤ value < upper` (upper null: open). */
  range?: [number, number | null];
  /**
   * The filter this bar applies (ranges are meant to be intersected with the current ones);
   * null for no sites or where no URL filter can select them (unknown values).
   */
  filter: FilterPatch | null;
}

export interface PriceDistribution {
  bins: Bucket[];
  /** "Price on request". */
  onRequest: Tally;
  /** No price and not on request (for halls: no monthly rent, e.g. for sale only). */
  unknown: Tally;
}

export interface Overview {
  totals: Record<KindName, Tally>;
  byState: Record<KindName, Bucket[]>;
  byDistrict: Record<KindName, Bucket[]>;
  /** Plots only (halls have no zoning). */
  byZoning: Bucket[];
  byDev: Bucket[];
  sizeClasses: Record<KindName, Bucket[]>;
  /** Plots: purchase price €/m²; halls: rent €/m²/month. */
  prices: Record<KindName, PriceDistribution>;
  /** `now`, `within12`, `later`, `unknown`, relative to today. */
  availability: Record<KindName, Bucket[]>;
}
