/**
 * The map's viewport in the URL fragment, `#map=zoom/lat/lon` (zoom 2 decimals, degrees 5),
 * as OpenStreetMap writes it. Pure functions; `use-viewport-hash.ts` wires them to the map.
 */
export interface Viewport {
  zoom: number;
  lat: number;
  lon: number;
}

/** Where a camera move came from. Moves restored from the URL are not written back. */
export type CameraOrigin = 'url' | 'app' | 'user';

const PATTERN = /(?:^|[#&])map=(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)(?:&|$)/u;

export function parseViewportHash(hash: string): Viewport | null {
  const m = PATTERN.exec(hash);
  if (!m) return null;
  const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!(zoom >= 0 && zoom <= 22) || !(Math.abs(lat) <= 85.06) || !(Math.abs(lon) <= 180)) return null;
  return { zoom, lat, lon };
}

export const formatViewport = (v: Viewport): string =>
  `map=${v.zoom.toFixed(2)}/${v.lat.toFixed(5)}/${v.lon.toFixed(5)}`;

/** The fragment with `map=` set to `v`, other fragment parts kept. */
export function withViewport(hash: string, v: Viewport): string {
  const rest = hash
    .replace(/^#/u, '')
    .split('&')
    .filter((part) => part && !part.startsWith('map='));
  return `#${[formatViewport(v), ...rest].join('&')}`;
}

/**
 * The fragment to write after a camera move, or null to leave the URL alone: a move that came
 * from the URL is never echoed (no ping-pong), nor is one the URL already says.
 */
export function hashAfterMove(origin: CameraOrigin, currentHash: string, view: Viewport): string | null {
  if (origin === 'url') return null;
  const next = withViewport(currentHash, view);
  return next === (currentHash.startsWith('#') ? currentHash : `#${currentHash}`) ? null : next;
}

/**
 * The viewport to move the map to after the URL changed (back, forward, an edited link), or
 * null when the URL says nothing new or what the map already shows (within rounding).
 */
export function viewportToRestore(hash: string, shown: Viewport): Viewport | null {
  const wanted = parseViewportHash(hash);
  if (!wanted) return null;
  return formatViewport(wanted) === formatViewport(shown) ? null : wanted;
}
