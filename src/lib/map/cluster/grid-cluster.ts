import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Site } from '@/lib/sites/site';
import { clusterRadius } from './cluster-marks';
import { type ClusterMark, keepKindsApart } from './keep-kinds-apart';
import { projectLon, projectLat, type MapSiteSet, unprojectX, unprojectY } from './map-site-set';

/**
 * Clusters the matching sites for the current view on a screen grid, from typed columns:
 * no per-update index build, so a filter change at 100,000 sites costs one pass over the
 * results (bench/map-cluster.bench.ts). The map only ever receives what it draws: clusters
 * with counts, single sites, and plot outlines once zoomed in far enough to see them.
 *
 * Cells are CELL_PX screen pixels wide at the integer zoom, plots and halls apart, so both
 * kinds stay distinguishable. A cluster sits at its members' mean position (moved aside where a
 * cluster of the other kind would cover it: keep-kinds-apart.ts) and knows their bounding box (a
 * click zooms to it).
 */

/** Cell width in screen pixels (512-pixel world tiles, as in MapLibre). */
export const CELL_PX = 64;
/** From this zoom on, no clustering: every matching site in view is drawn on its own. */
export const SINGLES_FROM_ZOOM = 12;
/** From this zoom on, plots with an outline are drawn as areas instead of points. */
export const AREAS_FROM_ZOOM = 13;

export type SiteKind = Site['kind'];

export interface ClusterProperties {
  id: string;
  cluster: true;
  kind: SiteKind;
  count: number;
  /** Label text: the count, shortened above 9,999 (e.g. "12k"). */
  label: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface SiteFeatureProperties {
  id: string;
  cluster: false;
  key: string;
  kind: SiteKind;
  name: string;
}

export type MapPointProperties = ClusterProperties | SiteFeatureProperties;

export interface ClusterView {
  zoom: number;
  /** [west, south, east, north] of the visible map, in degrees. */
  bounds: readonly [number, number, number, number];
}

export interface ClusterOutput {
  points: FeatureCollection<Point, MapPointProperties>;
  areas: FeatureCollection<Polygon | MultiPolygon, SiteFeatureProperties>;
  /** Matching sites drawn in this view (cluster members counted), for the e2e hook and tests. */
  sitesInView: number;
  /** The feature id standing for site `i` in this output: its cluster's, merges included. */
  clusterIdOf: (i: number) => string;
}

const KIND_CODE: Record<SiteKind, number> = { plot: 0, hall: 1 };

/** Cells per axis at an integer zoom. */
export const cellsAt = (zoom: number): number => Math.ceil((512 * 2 ** zoom) / CELL_PX);

/** The feature id of the grid cell that holds site `i` at this zoom (before any merge). */
export function clusterIdOf(set: MapSiteSet, i: number, zoom: number): string {
  const z = Math.floor(zoom);
  return clusterFeatureId(cellOf(set, i, cellsAt(z)), z);
}

/** Clusters of neighbouring cells closer than this (in cells, ≈ 38 px) merge into the bigger one. */
const MERGE_CELLS = 0.6;

export const shortCount = (n: number): string => (n < 10_000 ? String(n) : `${Math.floor(n / 1000)}k`);

/**
 * Clusters `ids` (indices into `set`) for `view`. The view box is widened by half its size on
 * every side, so a short pan shows no empty edge before the next update.
 */
export function clusterSites(set: MapSiteSet, ids: ArrayLike<number>, view: ClusterView): ClusterOutput {
  const z = Math.max(0, Math.floor(view.zoom));
  const [west, south, east, north] = view.bounds;
  const padX = (projectLon(east) - projectLon(west)) / 2;
  const padY = (projectLat(south) - projectLat(north)) / 2;
  const x0 = projectLon(west) - padX;
  const x1 = projectLon(east) + padX;
  const y0 = projectLat(north) - padY;
  const y1 = projectLat(south) + padY;
  const cells = cellsAt(z);
  const single = z >= SINGLES_FROM_ZOOM;

  // Per cell and kind: count, coordinate sums, bounding box, and the first member.
  const slotOf = new Map<number, number>();
  let slots = 0;
  let cap = 1024;
  let count: Uint32Array = new Uint32Array(cap);
  let first: Uint32Array = new Uint32Array(cap);
  let box: Float64Array = new Float64Array(cap * 6); // sumLon, sumLat, west, south, east, north
  const singles: number[] = [];
  let sitesInView = 0;
  const { x, y, lon, lat } = set;

  for (let j = 0; j < ids.length; j++) {
    const i = ids[j]!;
    const px = x[i]!;
    const py = y[i]!;
    if (px < x0 || px > x1 || py < y0 || py > y1) continue;
    sitesInView++;
    if (single) {
      singles.push(i);
      continue;
    }
    const cell = cellOf(set, i, cells);
    let s = slotOf.get(cell);
    const lo = lon[i]!;
    const la = lat[i]!;
    if (s === undefined) {
      if (slots === cap) {
        cap *= 2;
        count = grow(count, new Uint32Array(cap));
        first = grow(first, new Uint32Array(cap));
        box = grow(box, new Float64Array(cap * 6));
      }
      s = slots++;
      slotOf.set(cell, s);
      first[s] = i;
      box[s * 6 + 2] = lo;
      box[s * 6 + 3] = la;
      box[s * 6 + 4] = lo;
      box[s * 6 + 5] = la;
    }
    count[s]!++;
    const b = s * 6;
    box[b] = box[b]! + lo;
    box[b + 1] = box[b + 1]! + la;
    if (lo < box[b + 2]!) box[b + 2] = lo;
    if (la < box[b + 3]!) box[b + 3] = la;
    if (lo > box[b + 4]!) box[b + 4] = lo;
    if (la > box[b + 5]!) box[b + 5] = la;
  }

  // Grid cells cut groups apart at their edges: neighbouring clusters of one kind that would
  // overlap on screen merge into the bigger one (biggest first).
  const absorbed = new Map<number, number>();
  const centre = (t: number, axis: 0 | 1) =>
    (axis === 0 ? projectLon(box[t * 6]! / count[t]!) : projectLat(box[t * 6 + 1]! / count[t]!)) * cells;
  const order = [...slotOf.entries()].sort((a, b) => count[b[1]]! - count[a[1]]!);
  for (const [cell, t] of order) {
    if (absorbed.has(cell)) continue;
    const kind = cell % 2;
    const c = Math.floor(cell / 2);
    const cx = c % cells;
    const cy = Math.floor(c / cells);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const nx = cx + dx;
        const ny = cy + dy;
        if ((dx === 0 && dy === 0) || nx < 0 || ny < 0 || nx >= cells || ny >= cells) continue;
        const other = (ny * cells + nx) * 2 + kind;
        const u = slotOf.get(other);
        if (u === undefined || absorbed.has(other)) continue;
        const ddx = centre(t, 0) - centre(u, 0);
        const ddy = centre(t, 1) - centre(u, 1);
        if (ddx * ddx + ddy * ddy > MERGE_CELLS * MERGE_CELLS) continue;
        count[t] = count[t]! + count[u]!;
        const [bt, bu] = [t * 6, u * 6];
        box[bt] = box[bt]! + box[bu]!;
        box[bt + 1] = box[bt + 1]! + box[bu + 1]!;
        box[bt + 2] = Math.min(box[bt + 2]!, box[bu + 2]!);
        box[bt + 3] = Math.min(box[bt + 3]!, box[bu + 3]!);
        box[bt + 4] = Math.max(box[bt + 4]!, box[bu + 4]!);
        box[bt + 5] = Math.max(box[bt + 5]!, box[bu + 5]!);
        absorbed.set(other, cell);
      }
  }

  const points: Feature<Point, MapPointProperties>[] = [];
  const areas: Feature<Polygon | MultiPolygon, SiteFeatureProperties>[] = [];
  const addSingle = (i: number) => {
    const site = set.sites[i]!;
    const properties: SiteFeatureProperties = {
      id: site.key,
      cluster: false,
      key: site.key,
      kind: site.kind,
      name: site.name,
    };
    const geometry = site.geometry;
    const hasArea = geometry.type !== 'Point';
    if (geometry.type !== 'Point' && z >= SINGLES_FROM_ZOOM)
      areas.push({ type: 'Feature', geometry, properties });
    if (!hasArea || z < AREAS_FROM_ZOOM)
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon[i]!, lat[i]!] },
        properties,
      });
  };
  for (const i of singles) addSingle(i);
  const marks: (ClusterMark & { cell: number; slot: number })[] = [];
  const worldPx = 512 * 2 ** z;
  for (const [cell, s] of slotOf) {
    if (absorbed.has(cell)) continue;
    const n = count[s]!;
    if (n === 1) {
      addSingle(first[s]!);
      continue;
    }
    const b = s * 6;
    const kind = cell % 2 === KIND_CODE.hall ? 'hall' : 'plot';
    const [x, y] = [projectLon(box[b]! / n) * worldPx, projectLat(box[b + 1]! / n) * worldPx];
    marks.push({ kind, x, y, r: clusterRadius(n), cell, slot: s });
  }
  keepKindsApart(marks);
  for (const { kind, x, y, cell, slot: s } of marks) {
    const n = count[s]!;
    const b = s * 6;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [unprojectX(x / worldPx), unprojectY(y / worldPx)] },
      properties: {
        id: clusterFeatureId(cell, z),
        cluster: true,
        kind,
        count: n,
        label: shortCount(n),
        west: box[b + 2]!,
        south: box[b + 3]!,
        east: box[b + 4]!,
        north: box[b + 5]!,
      },
    });
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    areas: { type: 'FeatureCollection', features: areas },
    sitesInView,
    clusterIdOf: (i) => {
      const cell = cellOf(set, i, cells);
      return clusterFeatureId(absorbed.get(cell) ?? cell, z);
    },
  };
}

const clusterFeatureId = (cell: number, z: number) => `c${cell % 2}-${z}-${Math.floor(cell / 2)}`;

/** The cell (kind included) site `i` falls into, for `cells` cells per axis. */
function cellOf(set: MapSiteSet, i: number, cells: number): number {
  const cx = Math.min(cells - 1, Math.floor(set.x[i]! * cells));
  const cy = Math.min(cells - 1, Math.floor(set.y[i]! * cells));
  return (cy * cells + cx) * 2 + set.isHall[i]!;
}

function grow<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
