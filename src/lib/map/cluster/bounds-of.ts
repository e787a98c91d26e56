import type { Bounds } from '../camera';
import type { MapSiteSet } from './map-site-set';

/** [west, south, east, north] of the given sites, or null for none (one pass over the columns). */
export function boundsOfIds(set: MapSiteSet, ids: ArrayLike<number>): Bounds | null {
  if (ids.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j]!;
    const lon = set.lon[i]!;
    const lat = set.lat[i]!;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}
