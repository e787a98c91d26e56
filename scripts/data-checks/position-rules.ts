import centroid from '@turf/centroid';
import { distanceKm } from '../../src/lib/geo/nearest-point';
import { issue, where, type CheckedFeature, type Geometry, type Issue } from './issue';

/** Bounding box of Sachsen, Sachsen-Anhalt and Thüringen together, with a small margin. */
export const REGION_BBOX = { west: 9.8, south: 50.1, east: 15.1, north: 53.1 } as const;

/** How far stored lat/lon may lie from the geometry's centroid. */
export const MAX_CENTROID_KM = 1;

/** Sites carry lat/lon; news and projects do not. */
interface LatLonProps {
  lat?: number;
  lon?: number;
  [key: string]: unknown;
}

export function positionsOf(geometry: Geometry | null): number[][] {
  if (geometry === null) return [];
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

export const inRegion = (lon: number, lat: number): boolean =>
  lon >= REGION_BBOX.west && lon <= REGION_BBOX.east && lat >= REGION_BBOX.south && lat <= REGION_BBOX.north;

/** Every geometry position and the lat/lon properties lie inside the region's bounding box. */
export function checkInRegion(features: readonly CheckedFeature<LatLonProps>[]): Issue[] {
  const issues: Issue[] = [];
  for (const f of features) {
    const outside = positionsOf(f.geometry).filter(([lon, lat]) => !inRegion(lon ?? NaN, lat ?? NaN));
    if (outside.length > 0) {
      const [lon, lat] = outside[0] as number[];
      issues.push(
        issue(
          'in-region',
          where(f),
          `${outside.length} geometry position(s) outside SN/ST/TH, e.g. ${lon}, ${lat}`,
        ),
      );
    }
    const { lat, lon } = f.properties;
    if (lat !== undefined && lon !== undefined && !inRegion(lon, lat)) {
      issues.push(issue('in-region', where(f), `lat/lon ${lat}, ${lon} outside SN/ST/TH`));
    }
  }
  return issues;
}

/** The point a feature's lat/lon should be near: the centroid (mean of vertices) or the point itself. */
export function geometryCentre(geometry: Geometry): { lat: number; lon: number } {
  const [lon, lat] = centroid(geometry).geometry.coordinates as [number, number];
  return { lat, lon };
}

/** lat/lon lies within about 1 km of the geometry centroid. */
export function checkLatLonNearGeometry(
  features: readonly CheckedFeature<LatLonProps>[],
  maxKm = MAX_CENTROID_KM,
): Issue[] {
  const issues: Issue[] = [];
  for (const f of features) {
    const { lat, lon } = f.properties;
    if (f.geometry === null || lat === undefined || lon === undefined) continue;
    const km = distanceKm({ lat, lon }, geometryCentre(f.geometry));
    if (km > maxKm) {
      issues.push(
        issue('latlon-centroid', where(f), `lat/lon is ${km.toFixed(2)} km from the geometry centroid`),
      );
    }
  }
  return issues;
}
