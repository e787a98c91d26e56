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
/** Steps between the points a label may sit at, in view-box pixels. */
const LABEL_STEP_PX = 12;

/** A line's points inside the inner part of the map (`inset` of each side left out), every few pixels, in order. */
function innerPoints(line: Position[], proj: LocalProjection, inset: number): [number, number][] {
  const inside = (v: number, size: number) => v >= size * inset && v <= size * (1 - inset);
  const projected = line.map((p) => proj.project(p));
  const points = projected.flatMap(([x0, y0], i): [number, number][] => {
    const next = projected[i + 1];
    if (!next) return [[x0, y0]];
    const steps = Math.max(1, Math.ceil(Math.hypot(next[0] - x0, next[1] - y0) / LABEL_STEP_PX));
    return Array.from({ length: steps }, (_, k): [number, number] => [
      x0 + ((next[0] - x0) * k) / steps,
      y0 + ((next[1] - y0) * k) / steps,
    ]);
  });
  return points.filter(([x, y]) => inside(x, proj.width) && inside(y, proj.height));
}

/** Places for a line's name, best first: its inner points from the middle outwards. */
export function labelCandidates(line: Position[], proj: LocalProjection, inset = 0.15): [number, number][] {
  const inner = innerPoints(line, proj, inset);
  const middle = Math.floor(inner.length / 2);
  const out: [number, number][] = [];
  for (let d = 0; d <= middle + 1; d++) {
    if (inner[middle + d]) out.push(inner[middle + d]!);
    if (d > 0 && inner[middle - d]) out.push(inner[middle - d]!);
  }
  return out;
}

export interface LabelBox {
  /** Half its width and half its height, in view-box pixels. */
  halfWidth: number;
  halfHeight: number;
}

/** A box already on the map that labels keep clear of: its centre and half its size. */
export type PlacedBox = LabelBox & { at: [number, number] };

/** Whether two boxes, `gap` pixels around each, overlap. */
export const boxesOverlap = (a: PlacedBox, b: PlacedBox, gap = 0): boolean =>
  Math.abs(a.at[0] - b.at[0]) < a.halfWidth + b.halfWidth + gap &&
  Math.abs(a.at[1] - b.at[1]) < a.halfHeight + b.halfHeight + gap;

/**
 * One place per label, in the order given: the first of its candidates whose box (centred there,
 * with `gap` pixels around) overlaps neither a box placed before nor one of `taken`; a label with
 * no such place is left out rather than drawn over another.
 */
export function placeLabels<L extends LabelBox & { candidates: [number, number][] }>(
  labels: L[],
  { gap = 4, taken = [] }: { gap?: number; taken?: readonly PlacedBox[] } = {},
): (L & { at: [number, number] })[] {
  const placed: (L & { at: [number, number] })[] = [];
  const overlaps = (l: L, at: [number, number]) =>
    [...taken, ...placed].some((p) => boxesOverlap(p, { ...l, at }, gap));
  for (const label of labels) {
    const at = label.candidates.find((c) => !overlaps(label, c));
    if (at) placed.push({ ...label, at });
  }
  return placed;
}
