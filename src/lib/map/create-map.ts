import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { OFFLINE_BASEMAP_BOUNDS } from './basemap-style';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';

/**
 * The one door to maplibre-gl: the only module that creates a map. Unit tests fake this
 * module; everything else talks to the map through the small typed modules beside it.
 */

setWorkerUrl(workerUrl);

export type SiteMapInstance = MapLibreMap;

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds?: [number, number, number, number];
  attribution?: string;
  labels: { zoomIn: string; zoomOut: string; resetBearing: string };
}

export function createMap({
  container,
  style,
  bounds,
  attribution,
  labels,
}: CreateMapOptions): SiteMapInstance {
  const map = new MapLibreMap({
    container,
    style,
    bounds: bounds ?? [9.8, 50.1, 15.1, 53.1],
    fitBoundsOptions: { padding: 32 },
    attributionControl: attribution ? { compact: false, customAttribution: attribution } : { compact: false },
    maplibreLogo: false,
    // The bundled basemap ends at its data box; an online style may lift these limits later.
    maxBounds: [...OFFLINE_BASEMAP_BOUNDS],
    minZoom: 5,
    dragRotate: false,
    pitchWithRotate: false,
    locale: {
      'NavigationControl.ZoomIn': labels.zoomIn,
      'NavigationControl.ZoomOut': labels.zoomOut,
      'NavigationControl.ResetBearing': labels.resetBearing,
    },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
