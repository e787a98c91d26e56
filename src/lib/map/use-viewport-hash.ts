import { useEffect, useEffectEvent, useState } from 'react';
import type { SiteMapInstance } from './create-map';
import {
  hashAfterMove,
  parseViewportHash,
  viewportToRestore,
  type CameraOrigin,
  type Viewport,
} from './viewport-hash';

const viewportOf = (map: SiteMapInstance): Viewport => {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
};

/** A camera move's origin: MapLibre passes our event data through; a gesture has an originalEvent. */
function originOf(e: unknown): CameraOrigin {
  const event = e as { origin?: CameraOrigin; originalEvent?: unknown };
  return event.origin ?? (event.originalEvent ? 'user' : 'app');
}

/**
 * Keeps `#map=zoom/lat/lon` and the map in step, in both directions, without ping-pong: moves
 * restored from the URL carry `{ origin: 'url' }` and are not written back. `locationKey`
 * changes on every navigation; a navigation that dropped the fragment gets it back.
 * `replaceHash` must write through the app's router (a bare `history.replaceState` leaves the
 * router with a stale location, and the next filter change would lose parameters).
 * Returns the viewport the page was opened with (then the map does not fit to the results).
 */
export function useViewportHash(
  map: SiteMapInstance | null,
  locationKey: string,
  replaceHash: (hash: string) => void,
): Viewport | null {
  const [initial] = useState(() => parseViewportHash(window.location.hash));
  const writeHash = useEffectEvent(replaceHash);

  useEffect(() => {
    if (!map) return;
    if (initial) map.jumpTo({ zoom: initial.zoom, center: [initial.lon, initial.lat] }, { origin: 'url' });
    const onMoveEnd = (e: unknown) => {
      const next = hashAfterMove(originOf(e), window.location.hash, viewportOf(map));
      if (next) writeHash(next);
    };
    const onUrlChange = () => {
      const wanted = viewportToRestore(window.location.hash, viewportOf(map));
      if (wanted) map.jumpTo({ zoom: wanted.zoom, center: [wanted.lon, wanted.lat] }, { origin: 'url' });
    };
    map.on('moveend', onMoveEnd);
    window.addEventListener('hashchange', onUrlChange);
    window.addEventListener('popstate', onUrlChange);
    return () => {
      map.off('moveend', onMoveEnd);
      window.removeEventListener('hashchange', onUrlChange);
      window.removeEventListener('popstate', onUrlChange);
    };
  }, [map, initial]);

  useEffect(() => {
    if (!map || parseViewportHash(window.location.hash)) return;
    const next = hashAfterMove('app', window.location.hash, viewportOf(map));
    if (next) writeHash(next);
  }, [map, locationKey]);

  return initial;
}
