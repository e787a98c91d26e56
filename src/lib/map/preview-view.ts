import type { Bounds, Padding } from './camera';
import type { Viewport } from './viewport-hash';
import { boundsOfIds } from './cluster/bounds-of';
import { clusterSites, type ClusterOutput } from './cluster/grid-cluster';
import { projectLat, projectLon, type MapSiteSet, unprojectX, unprojectY } from './cluster/map-site-set';

/** The three Länder, for an empty result (the live map's default view). */
export const REGION_BOUNDS: Bounds = [9.8, 50.1, 15.1, 53.1];
const TILE = 512;
const PADDING_PX = 32;

export interface PreviewView {
  /** Fractional zoom of the view (for results, as `fitBounds` with the start padding would fit them). */
  zoom: number;
  /** World pixel box shown, at `zoom`: [x, y, width, height]. */
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

/** The live map's farthest zoom (create-map.ts `minZoom`). */
export const MAP_MIN_ZOOM = 5;
/** Closest zoom of the live map's start fit to the results (create-map.ts). */
export const START_MAX_ZOOM = 12;
/** Closest zoom of the live map's fit to a selected site (use-map-camera.ts). */
export const SITE_MAX_ZOOM = 14;

/** Where the map looks first: a viewport from a link, or a box it fits (zoomed in at most `maxZoom`). */
export type StartFocus = { viewport: Viewport } | { bounds: Bounds; maxZoom: number };

/**
 * What the live map shows once it has started, in the order it applies them: the viewport a
 * shared link opened at (`#map=`, use-viewport-hash.ts), else the selected site (a site page's,
 * or `sel=`), which the camera goes to (use-map-camera.ts), else the results, else the region.
 */
export function startFocus(
  set: MapSiteSet,
  ids: Uint32Array,
  { viewport, selected }: { viewport: Viewport | null; selected: Bounds | null },
): StartFocus {
  if (viewport) return { viewport };
  if (selected) return { bounds: selected, maxZoom: SITE_MAX_ZOOM };
  return { bounds: boundsOfIds(set, ids) ?? REGION_BOUNDS, maxZoom: START_MAX_ZOOM };
}

/** The map box's size in pixels, and how many pixels at its bottom are covered (the phone's sheet). */
export interface PreviewSize {
  width: number;
  height: number;
  bottomInset?: number;
}

/** The zoom (at least the live map's 5), its scale and the box's top left corner in world pixels. */
function cameraOf(focus: StartFocus, { width, height, bottomInset = 0 }: PreviewSize) {
  if ('viewport' in focus) {
    const { lon, lat } = focus.viewport;
    const zoom = Math.max(MAP_MIN_ZOOM, focus.viewport.zoom);
    const scale = TILE * 2 ** zoom;
    return {
      zoom,
      scale,
      left: projectLon(lon) * scale - width / 2,
      top: projectLat(lat) * scale - height / 2,
    };
  }
  const [w, s, e, n] = focus.bounds;
  const x0 = projectLon(w);
  const x1 = projectLon(e);
  const y0 = projectLat(n);
  const y1 = projectLat(s);
  const pad = startPadding(height, bottomInset);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  // A single site (or a point-like result) is not zoomed in further than the live map would.
  const fit = Math.log2(Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9)) / TILE);
  const zoom = Math.max(MAP_MIN_ZOOM, Math.min(focus.maxZoom, fit));
  const scale = TILE * 2 ** zoom;
  // The box's centre sits in the middle of the part left open.
  const left = ((x0 + x1) / 2) * scale - pad.left - innerW / 2;
  const top = ((y0 + y1) / 2) * scale - pad.top - innerH / 2;
  return { zoom, scale, left, top };
}

/**
 * What the live map would show once started, in a box of `size`: its camera at `focus`
 * (by default fitted to the results, or the region, in the part the sheet leaves open, as
 * `fitBounds` with the start padding would), and the same screen-grid clusters (grid-cluster.ts).
 */
export function previewView(
  set: MapSiteSet,
  ids: Uint32Array,
  size: PreviewSize,
  focus: StartFocus = startFocus(set, ids, { viewport: null, selected: null }),
): PreviewView {
  const { width, height } = size;
  const { zoom, scale, left, top } = cameraOf(focus, size);
  const box: [number, number, number, number] = [left, top, width, height];
  const bounds: Bounds = [
    unprojectX(box[0] / scale),
    unprojectY((box[1] + height) / scale),
    unprojectX((box[0] + width) / scale),
    unprojectY(box[1] / scale),
  ];
  return { zoom, box, scale, clusters: clusterSites(set, ids, { zoom, bounds }) };
}
