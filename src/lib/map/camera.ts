import type { SiteMapInstance } from './create-map';

export type Bounds = [number, number, number, number];

/** Camera moves of the app (not the user); a point-like box gets a sensible zoom. */
export function fitCameraTo(map: SiteMapInstance, bounds: Bounds, { maxZoom = 14, animate = true } = {}) {
  const [w, s, e, n] = bounds;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: 48, maxZoom, animate, duration: animate ? 600 : 0 },
  );
}
