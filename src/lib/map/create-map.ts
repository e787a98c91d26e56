import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { OFFLINE_BASEMAP_BOUNDS } from './basemap-style';
import { MAP_MIN_ZOOM, START_MAX_ZOOM, startPadding } from './preview-view';
import {
  addProtocol,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';

/**
 * The one door to maplibre-gl: the only module that creates a map (and its popups). Unit
 * tests fake this module; everything else talks to the map through the small typed modules
 * beside it.
 */

setWorkerUrl(workerUrl);

export type SiteMapInstance = MapLibreMap;
export type SitePopup = Popup;

export interface MapLabels {
  map: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  fullscreenEnter: string;
  fullscreenExit: string;
  popupClose: string;
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds?: [number, number, number, number];
  /** Pixels at the bottom covered by something over the map (the result sheet on a phone). */
  bottomInset?: number;
  attribution?: string;
  labels: MapLabels;
}

export function createMap({
  container,
  style,
  bounds,
  bottomInset = 0,
  attribution,
  labels,
}: CreateMapOptions): SiteMapInstance {
  const map = new MapLibreMap({
    container,
    style,
    bounds: bounds ?? [9.8, 50.1, 15.1, 53.1],
    // As the static preview fits the results (preview-view.ts): same padding, same zoom range.
    fitBoundsOptions: { padding: startPadding(container.clientHeight, bottomInset), maxZoom: START_MAX_ZOOM },
    attributionControl: attribution ? { compact: false, customAttribution: attribution } : { compact: false },
    maplibreLogo: false,
    // The bundled basemap ends at its data box; an online style may lift these limits later.
    maxBounds: [...OFFLINE_BASEMAP_BOUNDS],
    minZoom: MAP_MIN_ZOOM,
    // Labels and cluster counts appear at once: a fade keeps redrawing the map for 300 ms after
    // every filter change, frames that compete with the list on slow (software) GPUs.
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    // Keyboard: the canvas takes focus; arrows pan, +/- zoom (MapLibre's keyboard handler).
    keyboard: true,
    locale: {
      'Map.Title': labels.map,
      'NavigationControl.ZoomIn': labels.zoomIn,
      'NavigationControl.ZoomOut': labels.zoomOut,
      'NavigationControl.ResetBearing': labels.resetBearing,
      'FullscreenControl.Enter': labels.fullscreenEnter,
      'FullscreenControl.Exit': labels.fullscreenExit,
      'Popup.Close': labels.popupClose,
    },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}

/** Lets styles name URLs of a scheme (e.g. `pmtiles://…`) that `load` answers on the main thread. */
export function addMapProtocol(scheme: string, load: Parameters<typeof addProtocol>[1]): void {
  addProtocol(scheme, load);
}

/** A popup at a position, showing `content` (which React fills through a portal). */
export function createPopup(map: SiteMapInstance, at: [number, number], content: HTMLElement): SitePopup {
  return new Popup({ closeButton: true, closeOnClick: false, focusAfterOpen: false, maxWidth: '280px' })
    .setLngLat(at)
    .setDOMContent(content)
    .addTo(map);
}
