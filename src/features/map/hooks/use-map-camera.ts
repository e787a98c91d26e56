import { useEffect, useRef, type RefObject } from 'react';
import { fitCameraTo, type Bounds } from '@/lib/map/camera';
import type { SiteMapInstance } from '@/lib/map/create-map';
import type { Viewport } from '@/lib/map/viewport-hash';
import type { Site } from '@/lib/sites/site';

interface CameraOptions {
  /** Bounds of the current results, or null while there are none. */
  resultBounds: Bounds | null;
  selected: Site | null;
  /** The viewport a shared link opened with: then the map neither fits nor flies at start. */
  initialViewport: Viewport | null;
  /** The key the user picked on the map: the map does not fly to what is already in view. */
  pickedOnMap: RefObject<string | null>;
}

/**
 * Where the app moves the camera: to the results once they first arrive (unless the link
 * brought a viewport), and to a site selected in the list or opened from a link.
 */
export function useMapCamera(map: SiteMapInstance | null, opts: CameraOptions) {
  const { resultBounds, selected, initialViewport, pickedOnMap } = opts;
  const settled = useRef(initialViewport !== null);
  useEffect(() => {
    if (!map || settled.current || selected || !resultBounds) return;
    settled.current = true;
    fitCameraTo(map, resultBounds, { maxZoom: 11, animate: false });
  }, [map, resultBounds, selected]);

  const firstSelection = useRef(true);
  useEffect(() => {
    if (!map || !selected) return;
    const atStart = firstSelection.current;
    firstSelection.current = false;
    if ((atStart && initialViewport) || selected.key === pickedOnMap.current) return;
    settled.current = true;
    fitCameraTo(map, siteBoundsOf(selected), { maxZoom: 14, animate: !atStart });
  }, [map, selected, initialViewport, pickedOnMap]);
}

export function siteBoundsOf(site: Site): Bounds {
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
