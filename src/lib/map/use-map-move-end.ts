import { useEffect, useEffectEvent } from 'react';
import type { Bounds } from './camera';
import type { SiteMapInstance } from './create-map';

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** The visible box, rounded to 5 decimals (as the URL's `bbox` holds it). */
export function visibleBounds(map: SiteMapInstance): Bounds {
  const b = map.getBounds();
  return [round5(b.getWest()), round5(b.getSouth()), round5(b.getEast()), round5(b.getNorth())];
}

/** Calls `onMoveEnd` with the visible box after every camera move while `enabled`. */
export function useMapMoveEnd(map: SiteMapInstance | null, enabled: boolean, onMoveEnd: (b: Bounds) => void) {
  const handler = useEffectEvent(() => map && onMoveEnd(visibleBounds(map)));
  useEffect(() => {
    if (!map || !enabled) return;
    map.on('moveend', handler);
    return () => {
      map.off('moveend', handler);
    };
  }, [map, enabled]);
}
