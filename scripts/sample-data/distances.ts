import { nearestPoint, roundKm, type LatLon } from '../../src/lib/geo/nearest-point';
import type { Airport, Junction } from './infrastructure';

export interface DistanceFields {
  junction_name: string | null;
  junction_autobahn: string | null;
  junction_km: number | null;
  airport_name: string | null;
  airport_km: number | null;
}

const KM_PER_DEG = 111.195;

/** Flat-earth distance, good to a fraction of a percent over the region; used only to pre-select. */
const roughKm = (a: LatLon, b: LatLon): number => {
  const x = (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return KM_PER_DEG * Math.sqrt(x * x + (a.lat - b.lat) ** 2);
};

/**
 * The nearest candidate by great-circle distance (`nearestPoint`, @turf/distance). A cheap flat-earth
 * pass first keeps only the candidates that can possibly be nearest, which makes the synthetic data fast.
 */
function nearest<T extends LatLon>(at: LatLon, candidates: readonly T[]) {
  let best = Infinity;
  const rough = candidates.map((c) => {
    const km = roughKm(at, c);
    if (km < best) best = km;
    return km;
  });
  const limit = best * 1.01 + 0.5;
  return nearestPoint(
    at,
    candidates.filter((_, i) => (rough[i] as number) <= limit),
  );
}

/** Nearest junction and airport by great-circle distance, rounded to 0.1 km. */
export function distanceFields(
  at: LatLon,
  junctions: readonly Junction[],
  airports: readonly Airport[],
): DistanceFields {
  const junction = nearest(at, junctions);
  const airport = nearest(at, airports);
  return {
    junction_name: junction?.item.name ?? null,
    junction_autobahn: junction?.item.autobahn ?? null,
    junction_km: junction ? roundKm(junction.km) : null,
    airport_name: airport?.item.name ?? null,
    airport_km: airport ? roundKm(airport.km) : null,
  };
}
