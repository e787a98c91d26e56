import type { Position } from '@/contract/geometry-schemas';
import { projectLat, projectLon, unprojectX, unprojectY } from '../cluster/map-site-set';

/**
 * A projection for the context drawn as SVG, into pixels of its view box: `localProjection` for
 * the exposé's maps, `mercatorProjection` for the map preview.
 */
export interface LocalProjection {
  /** The view box's width and height (a square's side for the exposé's maps). */
  width: number;
  height: number;
  metresPerPx: number;
  /** [lon, lat] → [x, y] in the view box (y grows southwards). */
  project(position: Position): [number, number];
  /** The view box as [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

export const M_PER_DEG_LAT = 111_320;

/**
 * The exposé's context map: equirectangular with the longitude scaled by cos(latitude) at the
 * centre, north up, in a square view box `size` pixels across. Good to well under a percent over
 * the ~20 km of the map.
 */
export function localProjection(center: Position, widthKm: number, size: number): LocalProjection {
  const [lon0, lat0] = center;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const metresPerPx = (widthKm * 1000) / size;
  const pxPerDegLat = M_PER_DEG_LAT / metresPerPx;
  const halfLat = size / 2 / pxPerDegLat;
  const halfLon = halfLat / kx;
  return {
    width: size,
    height: size,
    metresPerPx,
    project: ([lon, lat]) => [
      size / 2 + (lon - lon0) * kx * pxPerDegLat,
      size / 2 - (lat - lat0) * pxPerDegLat,
    ],
    bounds: [lon0 - halfLon, lat0 - halfLat, lon0 + halfLon, lat0 + halfLat],
  };
}

const NICE_KM = [0.5, 1, 2, 5, 10, 20];

/** A scale bar of a round number of kilometres close to `targetPx` long. */
export function scaleBar(metresPerPx: number, targetPx: number): { km: number; length: number } {
  const target = (targetPx * metresPerPx) / 1000;
  const km = NICE_KM.reduce((best, k) => (Math.abs(k - target) < Math.abs(best - target) ? k : best));
  return { km, length: (km * 1000) / metresPerPx };
}

/** The map's width in km: 20 km, up to 25 km for a large site, so the site never fills more than a third. */
export function mapWidthKm(siteExtentKm: number): number {
  return Math.min(25, Math.max(20, siteExtentKm * 3));
}

/**
 * A square projection that shows all `positions` with a margin: centred on their bounding box,
 * at least `minWidthKm` wide (one site alone gets the context map's 20 km).
 */
export function fitProjection(
  positions: readonly Position[],
  size: number,
  minWidthKm = 20,
): LocalProjection {
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const centre: Position = [(w + e) / 2, (s + n) / 2];
  const kx = Math.cos((centre[1] * Math.PI) / 180);
  const spanKm = (Math.max((e - w) * kx, n - s) * M_PER_DEG_LAT) / 1000;
  return localProjection(centre, Math.max(minWidthKm, spanKm * 1.25), size);
}

/** Earth's circumference at the equator, in metres (Web Mercator's sphere). */
const EQUATOR_M = 40_075_016.686;

/**
 * The map preview's Web Mercator view as a projection: `box` is the view in world pixels at
 * `scale` pixels per unit of Web Mercator ([x, y, width, height], as its SVG view box), and
 * positions come out relative to the box's corner.
 */
export function mercatorProjection(
  box: readonly [number, number, number, number],
  scale: number,
): LocalProjection {
  const [x0, y0, width, height] = box;
  const lonAt = (x: number) => unprojectX(x / scale);
  const latAt = (y: number) => unprojectY(y / scale);
  const midLat = latAt(y0 + height / 2);
  return {
    width,
    height,
    metresPerPx: (EQUATOR_M * Math.cos((midLat * Math.PI) / 180)) / scale,
    project: ([lon, lat]) => [projectLon(lon) * scale - x0, projectLat(lat) * scale - y0],
    bounds: [lonAt(x0), latAt(y0 + height), lonAt(x0 + width), latAt(y0)],
  };
}
