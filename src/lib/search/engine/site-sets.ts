import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { distanceKmFast } from './geo-distance';
import type { SiteIndex } from './site-index';

/**
 * The sites inside an area (radius, box, drawn polygon) or of one kind, as a byte mask plus its
 * members; the engine starts its evaluation from the smallest of them.
 */

/**
 * How far outside an area (in the area's own size: radius, box width or height) a site may lie
 * and still count as "almost matching".
 */
export const AREA_MISS_LIMIT = 0.5;

/** A set of sites as a byte mask plus its members in ascending order. */
export interface SiteSet {
  mask: Uint8Array;
  ids: Uint32Array;
}

/** The last few circles per index (a query asks for its radius and, for near misses, twice it). */
const radiusCache = new WeakMap<SiteIndex, Map<string, SiteSet>>();
const RADIUS_CACHE_SIZE = 4;
const kindCache = new WeakMap<SiteIndex, Uint8Array[]>();

export function setOf(mask: Uint8Array): SiteSet {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  const ids = new Uint32Array(n);
  for (let i = 0, w = 0; i < mask.length; i++) if (mask[i] === 1) ids[w++] = i;
  return { mask, ids };
}

/** The plots (0) or halls (1) as a mask, built once per index. */
export function kindMask(index: SiteIndex, want: 0 | 1): Uint8Array {
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
export function radiusSet(index: SiteIndex, [lon0, lat0]: [number, number], radius: number): SiteSet {
  const key = `${lon0},${lat0},${radius}`;
  let cache = radiusCache.get(index);
  if (!cache) radiusCache.set(index, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
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
  if (cache.size >= RADIUS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, set);
  return set;
}

/** How far beyond a circle a site lies, in radii; near misses are looked for out to 1.5 radii. */
export function radiusMiss(index: SiteIndex, [lon0, lat0]: [number, number], radius: number) {
  return {
    miss: (i: number) =>
      Math.max(0, distanceKmFast(lon0, lat0, index.lon[i]!, index.lat[i]!) - radius) / radius,
    widened: () => radiusSet(index, [lon0, lat0], radius * (1 + AREA_MISS_LIMIT)),
  };
}

/**
 * How far outside a box a site lies, in box widths or heights (whichever is more); near misses
 * are looked for in the box widened by half its size on each side.
 */
export function boxMiss(index: SiteIndex, [w, s, e, n]: readonly [number, number, number, number]) {
  const width = Math.max(e - w, 1e-9);
  const height = Math.max(n - s, 1e-9);
  return {
    miss: (i: number) => {
      const x = index.lon[i]!;
      const y = index.lat[i]!;
      const dx = Math.max(w - x, x - e, 0) / width;
      const dy = Math.max(s - y, y - n, 0) / height;
      return Math.max(dx, dy);
    },
    widened: () => {
      const [dx, dy] = [width * AREA_MISS_LIMIT, height * AREA_MISS_LIMIT];
      return boxSet(index, w - dx, s - dy, e + dx, n + dy);
    },
  };
}

/** Sites whose centroid lies in the box, from the KD-tree. */
export function boxSet(index: SiteIndex, w: number, s: number, e: number, n: number): SiteSet {
  const mask = new Uint8Array(index.size);
  for (const id of index.points.range(w, s, e, n)) mask[id] = 1;
  return setOf(mask);
}

/** Sites whose centroid lies inside the drawn polygon (closed here). */
export function polygonSet(index: SiteIndex, poly: readonly [number, number][]): SiteSet {
  const ring = [...poly, poly[0]!];
  const polygon = { type: 'Polygon' as const, coordinates: [ring] };
  const xs = ring.map((c) => c[0]);
  const ys = ring.map((c) => c[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const { lon, lat } = index;
  const mask = new Uint8Array(index.size);
  for (const i of index.points.range(w, s, e, n))
    if (booleanPointInPolygon([lon[i]!, lat[i]!], polygon)) mask[i] = 1;
  return setOf(mask);
}
