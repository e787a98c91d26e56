import { z } from 'zod';
import { distanceKm, nearestPoint, type LatLon } from '../../src/lib/geo/nearest-point';
import { issue, where, type CheckedFeature, type Issue } from './issue';

/** Stored distances may differ from recomputed ones by this much (they are rounded to 0.1 km). */
export const DISTANCE_TOLERANCE_KM = 0.1;

export const junctionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  autobahn: z.string().regex(/^A\d{1,3}$/),
  lat: z.number(),
  lon: z.number(),
});
export const airportSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  iata: z.string().regex(/^[A-Z]{3}$/),
  lat: z.number(),
  lon: z.number(),
});
export type JunctionRecord = z.infer<typeof junctionSchema>;
export type AirportRecord = z.infer<typeof airportSchema>;

export interface DistanceProps {
  lat: number;
  lon: number;
  junction_name: string | null;
  junction_autobahn: string | null;
  junction_km: number | null;
  airport_name: string | null;
  airport_km: number | null;
}

/**
 * Compares one stored "nearest" triple with a recomputation. The stored name may be any candidate
 * that is as near as the nearest one within the tolerance (ties), but its distance must match.
 */
function compare<T extends LatLon & { name: string }>(
  label: string,
  at: LatLon,
  stored: { name: string | null; km: number | null },
  candidates: readonly T[],
): string | null {
  const nearest = nearestPoint(at, candidates);
  if (nearest === null) return null;
  if (stored.name === null || stored.km === null)
    return `${label} is missing (nearest: ${nearest.item.name})`;
  const named = candidates.filter((c) => c.name === stored.name);
  const namedKm = named.length > 0 ? Math.min(...named.map((c) => distanceKm(at, c))) : null;
  if (namedKm === null) return `${label} "${stored.name}" is not in the list`;
  if (namedKm - nearest.km > DISTANCE_TOLERANCE_KM) {
    return `${label} "${stored.name}" is not the nearest: "${nearest.item.name}" at ${nearest.km.toFixed(1)} km`;
  }
  if (Math.abs(stored.km - nearest.km) > DISTANCE_TOLERANCE_KM + 1e-9) {
    return `${label}_km ${stored.km} differs from the recomputed ${nearest.km.toFixed(2)} km`;
  }
  return null;
}

/** junction_* and airport_* equal the great-circle recomputation from lat/lon (±0.1 km). */
export function checkDistances(
  features: readonly CheckedFeature<DistanceProps>[],
  junctions: readonly JunctionRecord[],
  airports: readonly AirportRecord[],
): Issue[] {
  const issues: Issue[] = [];
  for (const f of features) {
    const p = f.properties;
    const at = { lat: p.lat, lon: p.lon };
    const j = compare('junction', at, { name: p.junction_name, km: p.junction_km }, junctions);
    if (j) issues.push(issue('distances', where(f), j));
    else if (p.junction_name !== null) {
      const autobahns = junctions.filter((c) => c.name === p.junction_name).map((c) => c.autobahn);
      if (!autobahns.includes(p.junction_autobahn ?? '')) {
        issues.push(
          issue(
            'distances',
            where(f),
            `junction_autobahn ${p.junction_autobahn} does not match "${p.junction_name}"`,
          ),
        );
      }
    }
    const a = compare('airport', at, { name: p.airport_name, km: p.airport_km }, airports);
    if (a) issues.push(issue('distances', where(f), a));
  }
  return issues;
}
