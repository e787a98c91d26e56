import type { SiteMapInstance } from './create-map';

export type Bounds = [number, number, number, number];

/** Whether the user asked the system for less motion (then the camera jumps instead of flying). */
const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Camera moves of the app (not the user); a point-like box gets a sensible zoom. */
export function fitCameraTo(map: SiteMapInstance, bounds: Bounds, { maxZoom = 14, animate = true } = {}) {
  const [w, s, e, n] = bounds;
  if (reducedMotion()) animate = false;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: 48, maxZoom, animate, duration: animate ? 600 : 0 },
  );
}
