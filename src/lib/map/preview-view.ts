import type { Bounds, Padding } from './camera';
import { boundsOfIds } from './cluster/bounds-of';
import { clusterSites, type ClusterOutput } from './cluster/grid-cluster';
import { projectLat, projectLon, type MapSiteSet, unprojectX, unprojectY } from './cluster/map-site-set';

/** The three Länder, for an empty result (the live map's default view). */
export const REGION_BOUNDS: Bounds = [9.8, 50.1, 15.1, 53.1];
const TILE = 512;
const PADDING_PX = 32;

export interface PreviewView {
  /** Fractional zoom that fits the results (as `fitBounds` with 32 px padding would). */
  zoom: number;
  /** World pixel box shown, at `zoom`: [x, y, width, height] (the SVG viewBox). */
  box: [number, number, number, number];
  /** World pixels per unit of Web Mercator (0…1) at `zoom`. */
  scale: number;
  clusters: ClusterOutput;
}

/**
 * Room at the top for what covers the map there: "Karte laden" over the preview (12 px from the
 * top, 44 px high), on a wide screen the live map's tool bar (about 63 px) and on a phone its
 * folded tools and layers, side by side in one row (8 + 44 px; map.css). A cluster drawn around a
 * site 32 + 48 px from the top clears them all (tests/e2e/phone-layout.e2e.ts).
 */
const TOP_CONTROLS_PX = 48;

/**
 * The padding of the first fit, in the preview and the live map alike: 32 px around, at the top
 * also the controls (at most a quarter of the map), and at the bottom also what covers the map
 * there (the result sheet on a phone), at most half the map.
 */
export function startPadding(height: number, bottomInset = 0): Padding {
  const top = PADDING_PX + Math.min(TOP_CONTROLS_PX, height / 4);
  const bottom = PADDING_PX + Math.max(0, Math.min(bottomInset, height / 2));
  return { top, right: PADDING_PX, bottom, left: PADDING_PX };
}

/**
 * What the live map would show first for these results in a `width`×`height` box whose bottom
 * `bottomInset` pixels are covered: the camera fitted to the results (or the region) in the part
 * left open, and the same screen-grid clusters (grid-cluster.ts).
 */
export function previewView(
  set: MapSiteSet,
  ids: Uint32Array,
  width: number,
  height: number,
  bottomInset = 0,
): PreviewView {
  const [w, s, e, n] = boundsOfIds(set, ids) ?? REGION_BOUNDS;
  const x0 = projectLon(w);
  const x1 = projectLon(e);
  const y0 = projectLat(n);
  const y1 = projectLat(s);
  const pad = startPadding(height, bottomInset);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  // A single site (or a point-like result) is not zoomed in further than the live map would.
  const fit = Math.log2(Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9)) / TILE);
  const zoom = Math.max(5, Math.min(12, fit));
  const scale = TILE * 2 ** zoom;
  // The results' centre sits in the middle of the part left open.
  const cx = ((x0 + x1) / 2) * scale;
  const cy = ((y0 + y1) / 2) * scale;
  const box: [number, number, number, number] = [
    cx - pad.left - innerW / 2,
    cy - pad.top - innerH / 2,
    width,
    height,
  ];
  const bounds: Bounds = [
    unprojectX(box[0] / scale),
    unprojectY((box[1] + height) / scale),
    unprojectX((box[0] + width) / scale),
    unprojectY(box[1] / scale),
  ];
  return { zoom, box, scale, clusters: clusterSites(set, ids, { zoom, bounds }) };
}
