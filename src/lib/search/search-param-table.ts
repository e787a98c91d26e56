import { STATES, type StateCode } from '@/contract/field-types';
import { ZONINGS, type Zoning } from '@/contract/site-schemas';
import {
  bboxOf,
  decimal,
  flag,
  isoDate,
  list,
  lonLat,
  oneOf,
  polygonOf,
  slug,
  wholeNumber,
  type Decoder,
} from './param-decoders';

/** The public URL contract of the search (documented in the README): one entry per parameter. */

export const KINDS = ['plots', 'halls'] as const;
export type KindParam = (typeof KINDS)[number];
export const PLAN_PARAMS = ['binding', 'draft', 'fnp'] as const;
export const DEV_PARAMS = ['developed', 'partly', 'undeveloped'] as const;
export const OFFER_PARAMS = ['rent', 'sale'] as const;
export const SORT_KEYS = ['area', 'price', 'distance', 'as_of', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortParam = SortKey | `-${SortKey}`;
export const SORT_PARAMS = SORT_KEYS.flatMap((k) => [k, `-${k}`]) as SortParam[];
export const DEFAULT_SORT: SortParam = '-area';
export const DEFAULT_RADIUS_KM = 25;
/** Filters that can keep sites without a value (`unknown=price,height`). */
export const UNKNOWN_NAMES = [
  'contig',
  'divisible',
  'park_area',
  'price',
  'avail',
  'junction',
  'airport',
  'office',
  'height',
  'load',
  'docks',
  'rent',
  'pop30',
] as const;
export type UnknownName = (typeof UNKNOWN_NAMES)[number];
export const MAX_TEXT_LENGTH = 100;

export interface SearchParams {
  kind?: KindParam;
  area_min?: number;
  area_max?: number;
  state?: StateCode[];
  district?: string[];
  municipality?: string[];
  q?: string;
  /** `lon,lat` or a gazetteer place id. */
  near?: string;
  radius_km?: number;
  bbox?: [number, number, number, number];
  poly?: [number, number][];
  region?: string;
  contig_min?: number;
  divisible_max?: number;
  park_area_min?: number;
  /** Population within 30 km (site profile of the data build). */
  pop30_min?: number;
  zoning?: Zoning[];
  plan?: (typeof PLAN_PARAMS)[number][];
  dev?: (typeof DEV_PARAMS)[number][];
  price_min?: number;
  price_max?: number;
  avail?: string;
  /** Available only after this date (`YYYY-MM-DD`, exclusive): "available later than". */
  avail_after?: string;
  junction_km_max?: number;
  airport_km_max?: number;
  autobahn?: string[];
  rail?: true;
  h24?: true;
  doors?: true;
  crane?: true;
  heated?: true;
  sprinkler?: true;
  sector?: string[];
  office_min?: number;
  height_min?: number;
  load_min?: number;
  docks_min?: number;
  offer?: (typeof OFFER_PARAMS)[number];
  rent_min?: number;
  rent_max?: number;
  unknown?: UnknownName[];
  sort?: SortParam;
}

export type ParamName = keyof SearchParams;

interface ParamSpec {
  decode: (raw: string) => { value: unknown; partial?: boolean; dropped?: string[] } | undefined;
  encode?: (value: never) => string;
  /** A value equal to the default is dropped from the URL. */
  isDefault?: (value: never) => boolean;
}

const single =
  <T>(d: Decoder<T>): ParamSpec['decode'] =>
  (raw) => {
    const value = d(raw);
    return value === undefined ? undefined : { value };
  };
const many =
  <T extends string>(
    accept: (item: string) => T | undefined,
    canonical?: readonly T[],
  ): ParamSpec['decode'] =>
  (raw) => {
    const r = list(raw, accept, canonical);
    return r.value === undefined ? undefined : r;
  };
const upper =
  <T extends string>(options: readonly T[]) =>
  (s: string) =>
    options.find((o) => o.toUpperCase() === s.toUpperCase());
const ags = (digits: number) => (s: string) => (new RegExp(`^\\d{${digits}}$`).test(s) ? s : undefined);

const lonLatText = (v: [number, number]) => `${v[0].toFixed(5)},${v[1].toFixed(5)}`;

export const PARAMS: Record<ParamName, ParamSpec> = {
  kind: { decode: single(oneOf(KINDS)) },
  area_min: { decode: single(wholeNumber) },
  area_max: { decode: single(wholeNumber) },
  state: { decode: many(upper(STATES), STATES) },
  district: { decode: many(ags(5)) },
  municipality: { decode: many(ags(8)) },
  q: { decode: (raw) => (raw.trim() && raw.length <= MAX_TEXT_LENGTH ? { value: raw.trim() } : undefined) },
  near: {
    decode: (raw) => {
      const point = lonLat(raw);
      if (point) return { value: lonLatText(point) };
      const id = slug(raw);
      return id ? { value: id.toLowerCase() } : undefined;
    },
  },
  radius_km: {
    decode: single((v) => {
      const n = decimal(v);
      return n !== undefined && n > 0 && n <= 500 ? n : undefined;
    }),
    isDefault: (v: number) => v === DEFAULT_RADIUS_KM,
  },
  bbox: { decode: single(bboxOf), encode: (v: number[]) => v.map((n) => n.toFixed(5)).join(',') },
  poly: { decode: single(polygonOf), encode: (v: [number, number][]) => v.map(lonLatText).join(';') },
  region: { decode: single(slug) },
  contig_min: { decode: single(wholeNumber) },
  divisible_max: { decode: single(wholeNumber) },
  park_area_min: { decode: single(wholeNumber) },
  pop30_min: { decode: single(wholeNumber) },
  zoning: { decode: many(upper(ZONINGS), ZONINGS) },
  plan: { decode: many(oneOf(PLAN_PARAMS), PLAN_PARAMS) },
  dev: { decode: many(oneOf(DEV_PARAMS), DEV_PARAMS) },
  price_min: { decode: single(decimal) },
  price_max: { decode: single(decimal) },
  avail: { decode: single((v) => (v === 'now' ? v : isoDate(v))) },
  avail_after: { decode: single(isoDate) },
  junction_km_max: { decode: single(decimal) },
  airport_km_max: { decode: single(decimal) },
  autobahn: { decode: many((s) => (/^A\d{1,3}$/i.test(s) ? s.toUpperCase() : undefined)) },
  rail: { decode: single(flag), encode: () => '1' },
  h24: { decode: single(flag), encode: () => '1' },
  doors: { decode: single(flag), encode: () => '1' },
  crane: { decode: single(flag), encode: () => '1' },
  heated: { decode: single(flag), encode: () => '1' },
  sprinkler: { decode: single(flag), encode: () => '1' },
  sector: { decode: many((s) => slug(s)?.toLowerCase()) },
  office_min: { decode: single(wholeNumber) },
  height_min: { decode: single(decimal) },
  load_min: { decode: single(decimal) },
  docks_min: { decode: single(wholeNumber) },
  offer: { decode: single(oneOf(OFFER_PARAMS)) },
  rent_min: { decode: single(decimal) },
  rent_max: { decode: single(decimal) },
  unknown: { decode: many(oneOf(UNKNOWN_NAMES), UNKNOWN_NAMES) },
  sort: { decode: single(oneOf(SORT_PARAMS)), isDefault: (v: string) => v === DEFAULT_SORT },
};

/** `plan=` and `dev=` values → the planning and development status codes of the data. */
export const PLAN_STATUS = {
  binding: 'binding_plan',
  draft: 'plan_in_preparation',
  fnp: 'land_use_plan_only',
} as const;
export const DEV_STATUS = {
  developed: 'developed',
  partly: 'partly_developed',
  undeveloped: 'undeveloped',
} as const;

export const SEARCH_PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

/** Ranges whose ends are swapped when the minimum exceeds the maximum. */
export const RANGES: [ParamName, ParamName][] = [
  ['area_min', 'area_max'],
  ['price_min', 'price_max'],
  ['rent_min', 'rent_max'],
];
