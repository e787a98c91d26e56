import { nearestPoint, roundKm, type LatLon } from '../../src/lib/geo/nearest-point';
import type { Airport, Junction } from './infrastructure';

export interface DistanceFields {
  junction_name: string | null;
  junction_autobahn: string | null;
  junction_km: number | null;
  airport_name: string | null;
  airport_km: number | null;
}

/** Nearest junction and airport by great-circle distance, rounded to 0.1 km. */
export function distanceFields(
  at: LatLon,
  junctions: readonly Junction[],
  airports: readonly Airport[],
): DistanceFields {
  const junction = nearestPoint(at, junctions);
  const airport = nearestPoint(at, airports);
  return {
    junction_name: junction?.item.name ?? null,
    junction_autobahn: junction?.item.autobahn ?? null,
    junction_km: junction ? roundKm(junction.km) : null,
    airport_name: airport?.item.name ?? null,
    airport_km: airport ? roundKm(airport.km) : null,
  };
}
