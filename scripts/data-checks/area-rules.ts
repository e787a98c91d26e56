import area from '@turf/area';
import { fmt, issue, where, type CheckedFeature, type Issue } from './issue';

/** How far a polygon's geodesic area may differ from total_area_m2 (relative). */
export const AREA_TOLERANCE = 0.02;

interface AreaProps {
  kind: string;
  area_m2: number;
  total_area_m2: number | null;
  largest_contiguous_m2?: number | null;
  divisible_from_m2: number | null;
}

/** Geodesic area in m² of a Polygon/MultiPolygon geometry; null for points and missing geometry. */
export function geometryAreaM2(geometry: CheckedFeature['geometry']): number | null {
  if (geometry === null || geometry.type === 'Point') return null;
  return area(geometry);
}

/** Plot polygons: their computed area must match total_area_m2 within 2 %. */
export function checkPolygonAreas(features: readonly CheckedFeature<AreaProps>[]): Issue[] {
  const issues: Issue[] = [];
  for (const f of features) {
    if (f.properties.kind !== 'plot') continue;
    const computed = geometryAreaM2(f.geometry);
    const total = f.properties.total_area_m2;
    if (computed === null) {
      issues.push(issue('polygon-area', where(f), 'a plot needs a polygon geometry'));
    } else if (total === null) {
      issues.push(issue('polygon-area', where(f), 'total_area_m2 is missing'));
    } else if (Math.abs(computed - total) > AREA_TOLERANCE * Math.max(total, 1)) {
      const pct = ((computed - total) / Math.max(total, 1)) * 100;
      issues.push(
        issue(
          'polygon-area',
          where(f),
          `polygon area ${fmt(Math.round(computed))} m² differs from total_area_m2 ${fmt(total)} m² by ${pct.toFixed(1)} %`,
        ),
      );
    }
  }
  return issues;
}

/** available ≤ total, largest contiguous ≤ available, divisible from ≤ largest contiguous (or ≤ available). */
export function checkAreaOrder(features: readonly CheckedFeature<AreaProps>[]): Issue[] {
  const issues: Issue[] = [];
  for (const f of features) {
    const { area_m2: available, total_area_m2: total, divisible_from_m2: divisible } = f.properties;
    const largest = f.properties.largest_contiguous_m2 ?? null;
    if (total !== null && available > total) {
      issues.push(
        issue('area-order', where(f), `area_m2 ${fmt(available)} exceeds total_area_m2 ${fmt(total)}`),
      );
    }
    if (largest !== null && largest > available) {
      issues.push(
        issue(
          'area-order',
          where(f),
          `largest_contiguous_m2 ${fmt(largest)} exceeds area_m2 ${fmt(available)}`,
        ),
      );
    }
    const limit = largest ?? available;
    if (divisible !== null && divisible > limit) {
      const name = largest === null ? 'area_m2' : 'largest_contiguous_m2';
      issues.push(
        issue('area-order', where(f), `divisible_from_m2 ${fmt(divisible)} exceeds ${name} ${fmt(limit)}`),
      );
    }
  }
  return issues;
}
