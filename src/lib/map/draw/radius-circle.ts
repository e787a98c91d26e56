import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The point `km` away from `[lon, lat]` in direction `bearing` (degrees), on the sphere. */
export function destination(
  [lon, lat]: readonly [number, number],
  km: number,
  bearing: number,
): [number, number] {
  const d = km / EARTH_RADIUS_KM;
  const [φ1, λ1, θ] = [rad(lat), rad(lon), rad(bearing)];
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
  const λ2 =
    λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [deg(λ2), deg(φ2)];
}

/**
 * The radius search on the map: the circle of `km` around the origin (as the engine measures:
 * straight-line distance on the sphere) and the origin itself with its label.
 */
export function radiusFeatures(
  center: readonly [number, number],
  km: number,
  label: string,
  steps = 96,
): FeatureCollection<Polygon | Point, { kind: 'circle' | 'origin'; label: string }> {
  const ring: [number, number][] = [];
  for (let k = 0; k < steps; k++) ring.push(destination(center, km, (360 * k) / steps));
  ring.push(ring[0]!);
  const circle: Feature<Polygon, { kind: 'circle'; label: string }> = {
    type: 'Feature',
    properties: { kind: 'circle', label },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
  const origin: Feature<Point, { kind: 'origin'; label: string }> = {
    type: 'Feature',
    properties: { kind: 'origin', label },
    geometry: { type: 'Point', coordinates: [center[0], center[1]] },
  };
  return { type: 'FeatureCollection', features: [circle, origin] };
}
