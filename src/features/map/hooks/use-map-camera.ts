import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { afterNextPaint } from '@/lib/after-paint';
import {
  fitCameraTo,
  fitsAlready,
  siteBoundsOf,
  unionBounds,
  type Bounds,
  type Padding,
} from '@/lib/map/camera';
import type { SiteMapInstance } from '@/lib/map/create-map';
import { SITE_MAX_ZOOM } from '@/lib/map/preview-view';
import type { Viewport } from '@/lib/map/viewport-hash';
import type { Site } from '@/lib/sites/site';

interface CameraOptions {
  /**
   * Bounds of the current results, or null while there are none: read after the list has painted
   * (a pass over every result, ~4 ms at 100,000 sites, kept out of the change's render). A new
   * function means new results.
   */
  resultBounds: () => Bounds | null;
  /** The bounds the map was created at (the preview's view): the first fit to them is not needed. */
  startBounds: Bounds;
  selected: Site | null;
  /** The viewport a shared link opened with: then the map neither fits nor flies at start. */
  initialViewport: Viewport | null;
  /** The key the user picked on the map: the map does not fly to what is already in view. */
  pickedOnMap: RefObject<string | null>;
  /** "Beim Verschieben der Karte suchen": the map leads, the results follow, never the reverse. */
  searchAsMove: boolean;
  /** Room to leave around the results (tool bar, controls, bottom sheet). */
  padding: () => Padding | number;
  /**
   * False while the map is out of sight (the "Liste" view): a hidden map has no size to fit in,
   * so the camera waits and fits the latest results when the map shows again.
   */
  shown?: boolean;
}

/** Closest zoom a fit to results goes to (a single site still shows its surroundings). */
export const FOLLOW_MAX_ZOOM = 13;

/**
 * Where the app moves the camera. The map follows the search: after every change of the results
 * it fits them (keeping a selected site in view), unless the person moved the map since the
 * last fit, the page opened at a viewport from a link (`#map=`), "search as I move the map" is
 * on, or nothing matches. "Auf Ergebnisse zoomen" (`fitResults`) fits and follows again.
 * A site selected in the list or opened from a link is flown to.
 */
export function useMapCamera(map: SiteMapInstance | null, opts: CameraOptions) {
  const { resultBounds, selected, initialViewport, pickedOnMap, searchAsMove, shown = true } = opts;
  const movedByPerson = useRef(initialViewport !== null);
  const firstFit = useRef(true);

  useEffect(() => {
    if (!map) return;
    // A gesture (drag, wheel, keys, zoom buttons) carries its DOM event; the app's moves do not.
    const onMoveStart = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) movedByPerson.current = true;
    };
    map.on('movestart', onMoveStart);
    return () => {
      map.off('movestart', onMoveStart);
    };
  }, [map]);

  /** `reshown`: the map was hidden until now, so what it was created around or flew to is gone. */
  const follow = useEffectEvent((bounds: Bounds, reshown: boolean) => {
    if (!map) return;
    const atStart = firstFit.current;
    firstFit.current = false;
    if (movedByPerson.current || searchAsMove) return;
    // At the start a selected site is flown to by the selection below, and results the map was
    // created around are in view already, as the preview showed them.
    if (atStart && !reshown && (selected || sameBounds(bounds, opts.startBounds))) return;
    const target = selected ? unionBounds(bounds, siteBoundsOf(selected)) : bounds;
    const padding = opts.padding();
    if (fitsAlready(map, target, padding, FOLLOW_MAX_ZOOM)) return;
    fitCameraTo(map, target, { maxZoom: FOLLOW_MAX_ZOOM, animate: !atStart && !reshown, padding });
  });
  // After the list has painted, like the site layers: the fit reads the page's layout (its
  // padding), which in the commit forced a layout in the middle of the new list's render
  // (2–3 ms of a change at 100,000 sites). Rapid changes coalesce; the latest results are fitted.
  // Out of sight nothing is fitted; shown again, the map takes its size first (MapLibre's own
  // resize may still wait in its 50 ms throttle), then fits what the list found meanwhile.
  const wasHidden = useRef(!shown);
  useEffect(() => {
    if (!shown) {
      wasHidden.current = true;
      return;
    }
    return afterNextPaint(() => {
      const reshown = wasHidden.current;
      wasHidden.current = false;
      if (reshown) map?.resize();
      const bounds = resultBounds();
      if (bounds) follow(bounds, reshown);
    });
  }, [map, resultBounds, shown]);

  const firstSelection = useRef(true);
  useEffect(() => {
    // A site selected while the map is hidden is fitted with the results when it shows.
    if (!map || !selected || !shown) return;
    const atStart = firstSelection.current;
    firstSelection.current = false;
    if ((atStart && initialViewport) || selected.key === pickedOnMap.current) return;
    fitCameraTo(map, siteBoundsOf(selected), {
      maxZoom: SITE_MAX_ZOOM,
      animate: !atStart,
      padding: opts.padding(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- padding and shown are read at the time of the selection
  }, [map, selected, initialViewport, pickedOnMap]);

  return {
    /** Fit the results now and follow the search again. */
    fitResults: () => {
      const bounds = resultBounds();
      if (!map || !bounds) return;
      movedByPerson.current = false;
      fitCameraTo(map, bounds, { maxZoom: FOLLOW_MAX_ZOOM, padding: opts.padding() });
    },
  };
}

const sameBounds = (a: Bounds, b: Bounds) => a.every((v, i) => v === b[i]);
