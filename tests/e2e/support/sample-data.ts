import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The sample data the mock API and the in-browser mock serve (data/*.json). */

export interface SampleFeature {
  type: 'Feature';
  id: string | number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export function readSampleFeatures(collectionId: string): SampleFeature[] {
  const json = JSON.parse(readFileSync(`${DATA_DIR}${collectionId}.json`, 'utf8')) as {
    features?: SampleFeature[];
  };
  if (!Array.isArray(json.features)) throw new Error(`data/${collectionId}.json has no features array`);
  return json.features;
}

/** Sites the app lists: everything but `status: "withdrawn"` (a missing status means available). */
export const isListed = (f: SampleFeature): boolean => (f.properties.status ?? 'available') !== 'withdrawn';

/** `area_m2` as a number (the data may spell numbers as numeric strings). */
export const areaM2 = (f: SampleFeature): number => Number(f.properties.area_m2);

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** The bounding box of any GeoJSON geometry (Point … MultiPolygon). */
export function geometryBBox(geometry: SampleFeature['geometry']): BBox | null {
  if (!geometry) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
      return;
    }
    c.forEach(visit);
  };
  visit(geometry.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}

export const bboxesIntersect = (a: BBox, b: BBox): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
