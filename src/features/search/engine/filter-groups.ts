import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DEFAULT_RADIUS_KM, type SearchParams, type UnknownName } from '../search-param-table';
import { distanceKmFast } from './geo-distance';
import { FLAG, searchTextOf, type Category, type SiteIndex } from './site-index';
import { queryTokens } from './normalize-text';

/**
 * Compiles the URL's search parameters into filter groups over the site index. A group is
 * one user-facing filter (one facet dimension); facet counts are the matches of all *other*
 * groups. `test(i)` answers whether site i passes the group.
 */

export interface FilterGroup {
  name: string;
  test: (i: number) => boolean;
}

export interface QueryContext {
  /** Today as a day number (days since 1970-01-01), from the app's clock. */
  today: number;
  /** The centre of `near`, resolved by the caller (coordinates or a gazetteer place). */
  nearPoint?: [number, number] | null;
  /** Region membership of `region=<project id>`, resolved by the caller. */
  inRegion?: ((site: number) => boolean) | null;
}

const PLAN_CODES = {
  binding: 'binding_plan',
  draft: 'plan_in_preparation',
  fnp: 'land_use_plan_only',
} as const;
const DEV_CODES = { developed: 'developed', partly: 'partly_developed', undeveloped: 'undeveloped' } as const;

/** Sites whose centroid lies in the box, from the KD-tree. */
function maskOf(index: SiteIndex, w: number, s: number, e: number, n: number): Uint8Array {
  const mask = new Uint8Array(index.size);
  for (const id of index.points.range(w, s, e, n)) mask[id] = 1;
  return mask;
}

/** A set of allowed codes of a category column, as a lookup table. */
function allowed(cat: Category, values: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const v of values) {
    const code = cat.values.indexOf(v);
    if (code >= 0) table[code] = 1;
  }
  return table;
}

export function compileGroups(index: SiteIndex, p: SearchParams, ctx: QueryContext): FilterGroup[] {
  const groups: FilterGroup[] = [];
  const keep = new Set<UnknownName>(p.unknown ?? []);
  const { isHall } = index;
  const add = (name: string, test: (i: number) => boolean) => groups.push({ name, test });
  const inCat = (name: string, cat: Category, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    const ok = allowed(cat, values);
    const codes = cat.codes;
    add(name, (i) => ok[codes[i]!] === 1);
  };
  /** A numeric bound; `kindOnly` restricts the filter (and so the results) to one kind. */
  const range = (
    name: string,
    col: Float64Array,
    min: number | undefined,
    max: number | undefined,
    unknownName: UnknownName | null,
    kindOnly: 0 | 1 | null,
  ) => {
    // prettier-ignore
    if (min === undefined && max === undefined) return;
    const lo = min ?? -Infinity;
    const hi = max ?? Infinity;
    const keepUnknown = unknownName !== null && keep.has(unknownName);
    add(name, (i) => {
      if (kindOnly !== null && isHall[i] !== kindOnly) return false;
      const v = col[i]!;
      return v !== v ? keepUnknown : v >= lo && v <= hi;
    });
  };
  const flag = (name: string, bit: number, on: true | undefined, kindOnly: 0 | 1) => {
    if (!on) return;
    const { flags } = index;
    add(name, (i) => isHall[i] === kindOnly && (flags[i]! & bit) !== 0);
  };

  if (p.kind) add('kind', p.kind === 'halls' ? (i) => isHall[i] === 1 : (i) => isHall[i] === 0);
  range('area', index.area, p.area_min, p.area_max, null, null);
  inCat('state', index.state, p.state);
  inCat('district', index.district, p.district);
  inCat('municipality', index.municipality, p.municipality);
  if (p.q) {
    const tokens = queryTokens(p.q);
    const text = searchTextOf(index);
    // Every word of the query must start a word of the site's text (texts are space-padded).
    const starts = tokens.map((t) => ` ${t}`);
    if (starts.length > 0) add('q', (i) => starts.every((t) => text[i]!.includes(t)));
  }
  if (p.near && ctx.nearPoint) {
    const [lon0, lat0] = ctx.nearPoint;
    const radius = p.radius_km ?? DEFAULT_RADIUS_KM;
    const { lon, lat } = index;
    // The KD-tree narrows to the circle's bounding box; the exact distance decides.
    const dLat = radius / 110.5;
    const dLon = radius / (111.3 * Math.max(0.01, Math.cos((lat0 * Math.PI) / 180)));
    const box = maskOf(index, lon0 - dLon, lat0 - dLat, lon0 + dLon, lat0 + dLat);
    add('near', (i) => box[i] === 1 && distanceKmFast(lon0, lat0, lon[i]!, lat[i]!) <= radius);
  }
  if (p.bbox) {
    const box = maskOf(index, ...p.bbox);
    add('bbox', (i) => box[i] === 1);
  }
  if (p.poly) {
    const ring = [...p.poly, p.poly[0]!];
    const polygon = { type: 'Polygon' as const, coordinates: [ring] };
    const xs = ring.map((c) => c[0]);
    const ys = ring.map((c) => c[1]);
    const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { lon, lat } = index;
    add('poly', (i) => {
      const x = lon[i]!;
      const y = lat[i]!;
      return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon([x, y], polygon);
    });
  }
  if (p.region && ctx.inRegion) add('region', ctx.inRegion);
  else if (p.region) add('region', () => false);

  range('contig', index.contig, p.contig_min, undefined, 'contig', 0);
  range('divisible', index.divisible, undefined, p.divisible_max, 'divisible', null);
  range('park_area', index.parkArea, p.park_area_min, undefined, 'park_area', 0);
  inCat('zoning', index.zoning, p.zoning);
  inCat(
    'plan',
    index.plan,
    p.plan?.map((v) => PLAN_CODES[v]),
  );
  inCat(
    'dev',
    index.dev,
    p.dev?.map((v) => DEV_CODES[v]),
  );
  range('price', index.price, p.price_min, p.price_max, 'price', 0);
  if (p.avail) {
    const by = p.avail === 'now' ? ctx.today : Math.floor(Date.parse(`${p.avail}T00:00:00Z`) / 86_400_000);
    const keepUnknown = keep.has('avail');
    const { availDay } = index;
    add('avail', (i) => {
      const d = availDay[i]!;
      return d !== d ? keepUnknown : d <= by;
    });
  }
  range('junction', index.junctionKm, undefined, p.junction_km_max, 'junction', null);
  range('airport', index.airportKm, undefined, p.airport_km_max, 'airport', null);
  inCat('autobahn', index.autobahn, p.autobahn);
  flag('rail', FLAG.rail, p.rail, 0);
  flag('h24', FLAG.h24, p.h24, 0);
  if (p.sector && p.sector.length > 0) {
    const { words, bits, values } = index.sectors;
    const mask = new Uint32Array(words);
    for (const tag of p.sector) {
      const b = values.indexOf(tag);
      if (b >= 0) mask[b >>> 5]! |= 1 << (b & 31);
    }
    add('sector', (i) => {
      for (let w = 0; w < words; w++) if ((bits[i * words + w]! & mask[w]!) !== 0) return true;
      return false;
    });
  }
  range('office', index.office, p.office_min, undefined, 'office', 1);
  range('height', index.height, p.height_min, undefined, 'height', 1);
  range('load', index.load, p.load_min, undefined, 'load', 1);
  range('docks', index.docks, p.docks_min, undefined, 'docks', 1);
  flag('doors', FLAG.doors, p.doors, 1);
  flag('crane', FLAG.crane, p.crane, 1);
  flag('heated', FLAG.heated, p.heated, 1);
  flag('sprinkler', FLAG.sprinkler, p.sprinkler, 1);
  inCat('offer', index.offer, p.offer ? [p.offer, 'both'] : undefined);
  range('rent', index.rent, p.rent_min, p.rent_max, 'rent', 1);
  return groups;
}
