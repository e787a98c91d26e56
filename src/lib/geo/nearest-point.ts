import distance from '@turf/distance';

/** Anything with a WGS84 position in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

export interface NearestHit<T> {
  item: T;
  /** Great-circle distance in kilometres (unrounded). */
  km: number;
}

/** Great-circle (haversine) distance between two positions in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/**
 * The candidate nearest to `from` by great-circle distance, or `null` when there is none.
 * On a tie the candidate listed first wins, so the result is stable for a given list.
 */
export function nearestPoint<T extends LatLon>(from: LatLon, candidates: readonly T[]): NearestHit<T> | null {
  let best: NearestHit<T> | null = null;
  for (const item of candidates) {
    const km = distanceKm(from, item);
    if (best === null || km < best.km) best = { item, km };
  }
  return best;
}

/** Kilometres rounded to one decimal, the precision stored on sites. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;
