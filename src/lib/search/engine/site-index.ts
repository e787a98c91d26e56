import KDBush from 'kdbush';
import type { Site } from '@/lib/sites/site';
import { foldText } from './normalize-text';

/**
 * The loaded sites as typed columns, built once per dataset so a query never touches the
 * site objects: numbers as Float64Array (NaN = unknown), categories as small codes, flags as
 * bits, sector tags as bit sets, centroids in a KD-tree.
 */

export const FLAG = {
  rail: 1,
  h24: 2,
  doors: 4,
  crane: 8,
  heated: 16,
  sprinkler: 32,
  /** Price on request (no filter reads it; the supply overview counts it). */
  onRequest: 64,
} as const;
export const NONE = 0xffff;

/** Categorical column: per-site code into `values` (NONE where missing or not applicable). */
export interface Category {
  values: string[];
  codes: Uint16Array;
}

export interface SiteIndex {
  sites: readonly Site[];
  size: number;
  isHall: Uint8Array;
  listed: Uint8Array;
  flags: Uint8Array;
  area: Float64Array;
  contig: Float64Array;
  divisible: Float64Array;
  parkArea: Float64Array;
  pop30: Float64Array;
  price: Float64Array;
  rent: Float64Array;
  availDay: Float64Array;
  asOfDay: Float64Array;
  junctionKm: Float64Array;
  airportKm: Float64Array;
  office: Float64Array;
  height: Float64Array;
  load: Float64Array;
  docks: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  state: Category;
  district: Category;
  municipality: Category;
  zoning: Category;
  plan: Category;
  dev: Category;
  offer: Category;
  autobahn: Category;
  sectors: { values: string[]; words: number; bits: Uint32Array };
  /** Folded search text per site, built on the first text query (see `searchTextOf`). */
  text: string[] | null;
  /** District and municipality names by AGS key, for facet labels. */
  names: Map<string, string>;
  points: KDBush;
}

/** The folded text of every site for `q`, computed once per index on first use. */
export function searchTextOf(index: SiteIndex): string[] {
  index.text ??= index.sites.map(
    (x) => ` ${foldText([x.name, x.park ?? '', x.municipality, x.district].join(' '))} `,
  );
  return index.text;
}

export const dayNumber = (iso: string | null): number =>
  iso === null ? Number.NaN : Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

function category(n: number, valueOf: (i: number) => string | null): Category {
  const values: string[] = [];
  const lookup = new Map<string, number>();
  const raw: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = valueOf(i);
    if (v === null) {
      raw[i] = -1;
      continue;
    }
    let code = lookup.get(v);
    if (code === undefined) {
      code = values.length;
      lookup.set(v, code);
      values.push(v);
    }
    raw[i] = code;
  }
  // One array type for every category keeps the engine's loops monomorphic.
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = raw[i]! < 0 ? NONE : raw[i]!;
  return { values, codes };
}

const column = (n: number, valueOf: (i: number) => number | null | undefined): Float64Array => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = valueOf(i) ?? Number.NaN;
  return out;
};

export function buildSiteIndex(sites: readonly Site[]): SiteIndex {
  const n = sites.length;
  const s = (i: number) => sites[i]!;
  const plot = (i: number) => { const x = s(i); return x.kind === 'plot' ? x : null; }; // prettier-ignore
  const hall = (i: number) => { const x = s(i); return x.kind === 'hall' ? x : null; }; // prettier-ignore
  const flags = new Uint8Array(n);
  const isHall = new Uint8Array(n);
  const listed = new Uint8Array(n);
  const names = new Map<string, string>();
  const tagSet = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = s(i);
    isHall[i] = x.kind === 'hall' ? 1 : 0;
    listed[i] = x.status === 'withdrawn' ? 0 : 1;
    let f = x.rail_siding ? FLAG.rail : 0;
    if (x.kind === 'plot' && x.operation_24h) f |= FLAG.h24;
    if (x.price_on_request) f |= FLAG.onRequest;
    if (x.kind === 'hall') {
      if ((x.ground_level_doors ?? 0) > 0) f |= FLAG.doors;
      if ((x.crane_t ?? 0) > 0) f |= FLAG.crane;
      if (x.heated) f |= FLAG.heated;
      if (x.sprinkler) f |= FLAG.sprinkler;
    }
    flags[i] = f;
    if (x.ags) {
      if (!names.has(x.ags)) names.set(x.ags, x.municipality);
      if (!names.has(x.ags.slice(0, 5))) names.set(x.ags.slice(0, 5), x.district);
    }
    for (const tag of x.sector_tags) if (!tagSet.has(tag)) tagSet.set(tag, tagSet.size);
  }
  const words = Math.max(1, Math.ceil(tagSet.size / 32));
  const bits = new Uint32Array(n * words);
  for (let i = 0; i < n; i++)
    for (const tag of s(i).sector_tags) {
      const b = tagSet.get(tag)!;
      bits[i * words + (b >>> 5)]! |= 1 << (b & 31);
    }
  const points = new KDBush(n);
  for (let i = 0; i < n; i++) points.add(s(i).lon, s(i).lat);
  points.finish();
  return {
    sites,
    size: n,
    isHall,
    listed,
    flags,
    area: column(n, (i) => s(i).area_m2),
    contig: column(n, (i) => plot(i)?.largest_contiguous_m2),
    divisible: column(n, (i) => s(i).divisible_from_m2),
    parkArea: column(n, (i) => s(i).park_area_m2),
    pop30: column(n, (i) => s(i).pop_30km),
    price: column(n, (i) => s(i).price_eur_m2),
    rent: column(n, (i) => hall(i)?.rent_eur_m2_month),
    availDay: column(n, (i) => dayNumber(s(i).available_from)),
    asOfDay: column(n, (i) => dayNumber(s(i).data_as_of)),
    junctionKm: column(n, (i) => s(i).junction_km),
    airportKm: column(n, (i) => s(i).airport_km),
    office: column(n, (i) => hall(i)?.office_area_m2),
    height: column(n, (i) => hall(i)?.clear_height_m),
    load: column(n, (i) => hall(i)?.floor_load_t_m2),
    docks: column(n, (i) => hall(i)?.loading_docks),
    lon: column(n, (i) => s(i).lon),
    lat: column(n, (i) => s(i).lat),
    state: category(n, (i) => s(i).state),
    district: category(n, (i) => s(i).ags?.slice(0, 5) ?? null),
    municipality: category(n, (i) => s(i).ags ?? null),
    zoning: category(n, (i) => plot(i)?.zoning ?? null),
    plan: category(n, (i) => plot(i)?.planning_status ?? null),
    dev: category(n, (i) => plot(i)?.development_status ?? null),
    offer: category(n, (i) => hall(i)?.offer_type ?? null),
    autobahn: category(n, (i) => s(i).junction_autobahn),
    sectors: { values: [...tagSet.keys()], words, bits },
    text: null,
    names,
    points,
  };
}
