import type { Site } from '@/lib/sites/site';
import type { SiteMapInstance } from './create-map';

export type Bounds = [number, number, number, number];
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Whether the user asked the system for less motion (then the camera jumps instead of flying). */
const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface FitOptions {
  maxZoom?: number;
  animate?: boolean;
  padding?: number | Padding;
}

/** Camera moves of the app (not the user); a point-like box gets a sensible zoom. */
export function fitCameraTo(
  map: SiteMapInstance,
  bounds: Bounds,
  { maxZoom = 14, animate = true, padding = 48 }: FitOptions = {},
) {
  const [w, s, e, n] = bounds;
  if (reducedMotion()) animate = false;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom, animate, duration: animate ? 600 : 0 },
    { origin: 'app' },
  );
}

/** The smallest box holding both. */
export const unionBounds = (a: Bounds, b: Bounds): Bounds => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

const MARGIN = 40;

/**
 * Padding for a fit that keeps the results clear of what covers the map: the tool bar at the
 * top (`overlay`, measured), the zoom buttons on the right, the scale and credits at the bottom,
 * plus `--map-bottom-inset` (a bottom sheet on phones). Never more than leaves half the map.
 */
export function fitPadding(container: HTMLElement, overlay: HTMLElement | null): Padding {
  const box = container.getBoundingClientRect();
  const covered = overlay ? overlay.getBoundingClientRect().bottom - box.top : 0;
  const inset = parseFloat(getComputedStyle(container).getPropertyValue('--map-bottom-inset')) || 0;
  const top = Math.min(Math.max(MARGIN, covered + 16), box.height * 0.4);
  const bottom = Math.min(MARGIN + inset, box.height * 0.4);
  const side = Math.min(MARGIN, box.width * 0.1);
  return { top, right: Math.min(64, box.width * 0.15), bottom, left: side };
}

/**
 * Whether fitting `bounds` would hardly change the view (zoom within a third of a level, centre
 * within 8 % of the map): then the map keeps still instead of re-fitting (and re-clustering)
 * for a change the eye would not see, such as switching between all sites and plots.
 */
export function fitsAlready(
  map: SiteMapInstance,
  bounds: Bounds,
  padding: number | Padding,
  maxZoom: number,
) {
  const [w, s, e, n] = bounds;
  const camera = map.cameraForBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom },
  );
  if (!camera?.center || camera.zoom === undefined) return false;
  const target = map.project(camera.center);
  const here = map.project(map.getCenter());
  const { clientWidth, clientHeight } = map.getContainer();
  const shift = Math.hypot(target.x - here.x, target.y - here.y);
  return Math.abs(camera.zoom - map.getZoom()) < 0.34 && shift < 0.08 * Math.min(clientWidth, clientHeight);
}

/** The box around a site: its outline's corners, or its point. */
export function siteBoundsOf(site: Pick<Site, 'geometry' | 'lon' | 'lat'>): Bounds {
  if (site.geometry.type === 'Point') return [site.lon, site.lat, site.lon, site.lat];
  const polygons = site.geometry.type === 'Polygon' ? [site.geometry.coordinates] : site.geometry.coordinates;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of polygons.flatMap((p) => p))
    for (const [x, y] of ring) {
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      s = Math.min(s, y!);
      n = Math.max(n, y!);
    }
  return [w, s, e, n];
}
