import turfBbox from '@turf/bbox';
import type { AllGeoJSON } from '@turf/helpers';
import { invalidParameter } from './errors';
import type { BBox2D, OgcFeature, OgcGeometry } from './types';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const BBOX_EXPECTED =
  'expected minLon,minLat,maxLon,maxLat (4 numbers, or 6 with heights) in CRS84 degrees, minLat <= maxLat';

/**
 * Parses the `bbox` query parameter. OGC API – Features allows 4 numbers or 6 (with minimum
 * and maximum height, which are ignored here). minLon > maxLon means the box crosses the
 * antimeridian. Throws an OgcError (400) for anything malformed.
 */
export function parseBbox(value: string): BBox2D {
  const parts = value.split(',').map((s) => s.trim());
  if ((parts.length !== 4 && parts.length !== 6) || !parts.every((s) => NUMBER.test(s))) {
    throw invalidParameter('bbox', value, BBOX_EXPECTED);
  }
  const n = parts.map(Number);
  const [minLon, minLat, maxLon, maxLat] = (n.length === 6 ? [n[0], n[1], n[3], n[4]] : n) as BBox2D;
  const lonOk = [minLon, maxLon].every((x) => Number.isFinite(x) && x >= -180 && x <= 180);
  const latOk = [minLat, maxLat].every((y) => Number.isFinite(y) && y >= -90 && y <= 90);
  if (!lonOk || !latOk || minLat > maxLat) throw invalidParameter('bbox', value, BBOX_EXPECTED);
  return [minLon, minLat, maxLon, maxLat];
}

const cache = new WeakMap<OgcGeometry, BBox2D | null>();

/** The bounding box of a geometry (via @turf/bbox), or null for missing or unreadable geometry. */
export function geometryBbox(geometry: OgcGeometry | null | undefined): BBox2D | null {
  if (!geometry || typeof geometry !== 'object') return null;
  const cached = cache.get(geometry);
  if (cached !== undefined) return cached;
  let result: BBox2D | null = null;
  try {
    const b = turfBbox(geometry as AllGeoJSON, { recompute: true });
    const box: BBox2D = b.length === 6 ? [b[0], b[1], b[3], b[4]] : [b[0], b[1], b[2], b[3]];
    result = box.every(Number.isFinite) ? box : null;
  } catch {
    result = null;
  }
  cache.set(geometry, result);
  return result;
}

export const featureBbox = (feature: OgcFeature): BBox2D | null => geometryBbox(feature.geometry);

const rangesOverlap = (aMin: number, aMax: number, bMin: number, bMax: number) =>
  aMin <= bMax && bMin <= aMax;

/** Whether a feature's box touches or overlaps the query box (edges count). */
export function bboxIntersects(feature: BBox2D, query: BBox2D): boolean {
  const [fMinX, fMinY, fMaxX, fMaxY] = feature;
  const [qMinX, qMinY, qMaxX, qMaxY] = query;
  if (!rangesOverlap(fMinY, fMaxY, qMinY, qMaxY)) return false;
  if (qMinX <= qMaxX) return rangesOverlap(fMinX, fMaxX, qMinX, qMaxX);
  // Crosses the antimeridian: [qMinX, 180] ∪ [-180, qMaxX].
  return rangesOverlap(fMinX, fMaxX, qMinX, 180) || rangesOverlap(fMinX, fMaxX, -180, qMaxX);
}

/** Union of the features' boxes, or null if none has a geometry. */
export function collectionBbox(features: readonly OgcFeature[]): BBox2D | null {
  let acc: BBox2D | null = null;
  for (const f of features) {
    const b = featureBbox(f);
    if (!b) continue;
    acc = acc
      ? [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])]
      : [...b];
  }
  return acc;
}
