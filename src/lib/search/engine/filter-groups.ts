import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
  DEFAULT_RADIUS_KM,
  DEV_STATUS,
  PLAN_STATUS,
  type SearchParams,
  type UnknownName,
} from '../search-param-table';
import { distanceKmFast } from './geo-distance';
import { FLAG, searchTextOf, type Category, type SiteIndex } from './site-index';
import { queryTokens } from './normalize-text';

/**
 * Compiles the URL's search parameters into filter groups over the site index. A group is
 * one user-facing filter (one facet dimension); facet counts are the matches of all *other*
 * groups. `test(i)` answers whether site i passes the group.
 */

/**
 * A filter group as data, so the evaluator (evaluate-groups.ts) runs one tight loop per group
 * over typed columns instead of calling a closure per site.
 */
export type FilterGroup = { name: string } & (
  | { type: 'range'; col: Float64Array; lo: number; hi: number; keepUnknown: boolean; kindOnly: number }
  | { type: 'category'; codes: Uint16Array; ok: Uint8Array }
  | { type: 'mask'; mask: Uint8Array; ids?: Uint32Array }
  | { type: 'flag'; flags: Uint8Array; bit: number; kindOnly: number }
  | { type: 'test'; test: (i: number) => boolean }
);

export interface QueryContext {
  /** Today as a day number (days since 1970-01-01), from the app's clock. */
  today: number;
  /** The centre of `near`, resolved by the caller (coordinates or a gazetteer place). */
  nearPoint?: [number, number] | null;
  /** Region membership of `region=<project id>`, resolved by the caller. */
  inRegion?: ((site: number) => boolean) | null;
}

/** A set of sites as a byte mask plus its members in ascending order. */
interface SiteSet {
  mask: Uint8Array;
  ids: Uint32Array;
}

const radiusCache = new WeakMap<SiteIndex, { key: string; set: SiteSet }>();
const kindCache = new WeakMap<SiteIndex, Uint8Array[]>();

function setOf(mask: Uint8Array): SiteSet {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  const ids = new Uint32Array(n);
  for (let i = 0, w = 0; i < mask.length; i++) if (mask[i] === 1) ids[w++] = i;
  return { mask, ids };
}

/** The plots (0) or halls (1) as a mask, built once per index. */
function kindMask(index: SiteIndex, want: 0 | 1): Uint8Array {
  let masks = kindCache.get(index);
  if (!masks) {
    masks = [0, 1].map((k) => {
      const mask = new Uint8Array(index.size);
      for (let i = 0; i < index.size; i++) mask[i] = index.isHall[i] === k ? 1 : 0;
      return mask;
    });
    kindCache.set(index, masks);
  }
  return masks[want]!;
}

/**
 * Sites whose centroid lies within `radius` km (great circle) of a point. The KD-tree narrows to
 * the circle's bounding box; a flat-earth estimate settles clear cases and the haversine formula
 * the ones near the edge. The last mask is cached, so changing another filter does not redo it.
 */
function radiusSet(index: SiteIndex, [lon0, lat0]: [number, number], radius: number): SiteSet {
  const key = `${lon0},${lat0},${radius}`;
  const hit = radiusCache.get(index);
  if (hit?.key === key) return hit.set;
  const { lon, lat } = index;
  const kx = 111.32 * Math.max(0.01, Math.cos((lat0 * Math.PI) / 180));
  const ky = 110.57;
  const dLat = (radius * 1.01) / ky;
  const dLon = (radius * 1.01) / kx;
  const inner = (radius * 0.99) ** 2;
  const outer = (radius * 1.01) ** 2;
  const mask = new Uint8Array(index.size);
  for (const i of index.points.range(lon0 - dLon, lat0 - dLat, lon0 + dLon, lat0 + dLat)) {
    const dx = (lon[i]! - lon0) * kx;
    const dy = (lat[i]! - lat0) * ky;
    const d2 = dx * dx + dy * dy;
    if (d2 <= inner || (d2 <= outer && distanceKmFast(lon0, lat0, lon[i]!, lat[i]!) <= radius)) mask[i] = 1;
  }
  const set = setOf(mask);
  radiusCache.set(index, { key, set });
  return set;
}

/** Sites whose centroid lies in the box, from the KD-tree. */
function boxSet(index: SiteIndex, w: number, s: number, e: number, n: number): SiteSet {
  const mask = new Uint8Array(index.size);
  for (const id of index.points.range(w, s, e, n)) mask[id] = 1;
  return setOf(mask);
}

/** A set of allowed codes of a category column, as a lookup table over every possible code. */
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
  const add = (name: string, test: (i: number) => boolean) => groups.push({ name, type: 'test', test });
  const addMask = (name: string, mask: Uint8Array, ids?: Uint32Array) =>
    groups.push({ name, type: 'mask', mask, ids });
  const addSet = (name: string, set: SiteSet) => addMask(name, set.mask, set.ids);
  const inCat = (name: string, cat: Category, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    groups.push({ name, type: 'category', codes: cat.codes, ok: allowed(cat, values) });
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
    const keepUnknown = unknownName !== null && keep.has(unknownName);
    groups.push({
      name,
      type: 'range',
      col,
      lo: min ?? -Infinity,
      hi: max ?? Infinity,
      keepUnknown,
      kindOnly: kindOnly ?? -1,
    });
  };
  const flag = (name: string, bit: number, on: true | undefined, kindOnly: 0 | 1) => {
    if (!on) return;
    groups.push({ name, type: 'flag', flags: index.flags, bit, kindOnly });
  };

  if (p.kind) addMask('kind', kindMask(index, p.kind === 'halls' ? 1 : 0));
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
  if (p.near && ctx.nearPoint)
    addSet('near', radiusSet(index, ctx.nearPoint, p.radius_km ?? DEFAULT_RADIUS_KM));
  if (p.bbox) addSet('bbox', boxSet(index, ...p.bbox));
  if (p.poly) {
    const ring = [...p.poly, p.poly[0]!];
    const polygon = { type: 'Polygon' as const, coordinates: [ring] };
    const xs = ring.map((c) => c[0]);
    const ys = ring.map((c) => c[1]);
    const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { lon, lat } = index;
    const mask = new Uint8Array(index.size);
    for (const i of index.points.range(w, s, e, n))
      if (booleanPointInPolygon([lon[i]!, lat[i]!], polygon)) mask[i] = 1;
    addSet('poly', setOf(mask));
  }
  if (p.region && ctx.inRegion) add('region', ctx.inRegion);
  else if (p.region) add('region', () => false);

  range('contig', index.contig, p.contig_min, undefined, 'contig', 0);
  range('divisible', index.divisible, undefined, p.divisible_max, 'divisible', null);
  range('park_area', index.parkArea, p.park_area_min, undefined, 'park_area', 0);
  range('pop30', index.pop30, p.pop30_min, undefined, 'pop30', null);
  inCat('zoning', index.zoning, p.zoning);
  inCat(
    'plan',
    index.plan,
    p.plan?.map((v) => PLAN_STATUS[v]),
  );
  inCat(
    'dev',
    index.dev,
    p.dev?.map((v) => DEV_STATUS[v]),
  );
  range('price', index.price, p.price_min, p.price_max, 'price', 0);
  if (p.avail || p.avail_after) {
    // `avail`: available by then (inclusive); `avail_after`: only later than that day.
    const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    const by = p.avail === undefined ? Infinity : p.avail === 'now' ? ctx.today : day(p.avail);
    const keepUnknown = keep.has('avail');
    groups.push({
      name: 'avail',
      type: 'range',
      col: index.availDay,
      lo: p.avail_after === undefined ? -Infinity : day(p.avail_after) + 1,
      hi: by,
      keepUnknown,
      kindOnly: -1,
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
