import type { Position } from '@/contract/geometry-schemas';
import type { LocalProjection } from './projection';

/** The GeoJSON of the offline basemap files, as far as the context map reads it. */
export type BasemapGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface BasemapFeature {
  geometry: BasemapGeometry | null;
  properties: Record<string, unknown> | null;
}

export interface BasemapCollection {
  features: BasemapFeature[];
}

type Bounds = LocalProjection['bounds'];

/** A geometry's lines (or rings); a point is a line of one position. */
export function geometryLines(geometry: BasemapGeometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

/** Whether a line's bounding box meets the map's. */
export function lineMeets(line: Position[], [w, s, e, n]: Bounds): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of line) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return minX <= e && maxX >= w && minY <= n && maxY >= s;
}

const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

/** One SVG path `d` for a line (`Z`-closed for rings). */
export function linePath(line: Position[], proj: LocalProjection, closed = false): string {
  const d = line.map((p, i) => `${i === 0 ? 'M' : 'L'}${proj.project(p).map(fmt).join(' ')}`).join('');
  return closed ? `${d}Z` : d;
}

/** The features of one kind (`properties.kind`, or all when `kind` is null) that meet the map. */
export function featuresOfKind(
  collection: BasemapCollection | undefined,
  kind: string | null,
  bounds: Bounds,
) {
  return (collection?.features ?? []).filter(
    (f): f is BasemapFeature & { geometry: BasemapGeometry } =>
      f.geometry !== null &&
      (kind === null || f.properties?.kind === kind) &&
      geometryLines(f.geometry).some((line) => lineMeets(line, bounds)),
  );
}

/** The lines or areas of one kind as a single path `d` (empty when none meets the map). */
export function kindPath(
  collection: BasemapCollection | undefined,
  kind: string,
  proj: LocalProjection,
): string {
  return featuresOfKind(collection, kind, proj.bounds)
    .flatMap((f) => {
      const closed = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
      return geometryLines(f.geometry).map((line) => linePath(line, proj, closed));
    })
    .join('');
}

/** A line with three more points on each segment (the schematic lines have few vertices). */
const densified = (line: Position[]): Position[] =>
  line.flatMap((p, i) => {
    const q = line[i + 1];
    if (!q) return [p];
    return [0, 0.25, 0.5, 0.75].map((t): Position => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
  });

/** Where to write a line's name: the middle one of its points inside the inner part of the map. */
export function labelPoint(line: Position[], proj: LocalProjection, inset = 0.15): [number, number] | null {
  const inside = (v: number, size: number) => v >= size * inset && v <= size * (1 - inset);
  const inner = densified(line)
    .map((p) => proj.project(p))
    .filter(([x, y]) => inside(x, proj.width) && inside(y, proj.height));
  return inner[Math.floor(inner.length / 2)] ?? null;
}
