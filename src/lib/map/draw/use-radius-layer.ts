import { useEffect } from 'react';
import type { GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONT_BOLD } from '../basemap-style';
import type { SiteMapInstance } from '../create-map';
import { radiusFeatures } from './radius-circle';

export const SEARCH_RADIUS_SOURCE = 'search-radius';
const COLOR = '#1d4ed8';
const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];

/** The circle goes under the sites; the origin over them, under the cluster counts. */
const circleLayers: LayerSpecification[] = [
  {
    id: 'search-radius-fill',
    type: 'fill',
    source: SEARCH_RADIUS_SOURCE,
    filter: isKind('circle'),
    paint: { 'fill-color': COLOR, 'fill-opacity': 0.05 },
  },
  {
    id: 'search-radius-outline',
    type: 'line',
    source: SEARCH_RADIUS_SOURCE,
    filter: isKind('circle'),
    paint: { 'line-color': COLOR, 'line-width': 2, 'line-dasharray': [3, 2] },
  },
];
const originLayers: LayerSpecification[] = [
  {
    id: 'search-radius-origin',
    type: 'circle',
    source: SEARCH_RADIUS_SOURCE,
    filter: isKind('origin'),
    paint: {
      'circle-radius': 6,
      'circle-color': COLOR,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'search-radius-label',
    type: 'symbol',
    source: SEARCH_RADIUS_SOURCE,
    filter: isKind('origin'),
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [BASEMAP_FONT_BOLD],
      'text-size': 13,
      'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: { 'text-color': COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

export interface RadiusSearch {
  center: readonly [number, number];
  km: number;
  /** The place's name, or "Suchpunkt" for coordinates. */
  label: string;
}

/** Draws the radius search (`near=` + `radius_km=`): its circle and its labelled origin. */
export function useRadiusLayer(map: SiteMapInstance | null, radius: RadiusSearch | null) {
  useEffect(() => {
    if (!map) return;
    map.addSource(SEARCH_RADIUS_SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    const under = map.getLayer('plot-areas-fill') ? 'plot-areas-fill' : undefined;
    const over = map.getLayer('plot-cluster-counts') ? 'plot-cluster-counts' : undefined;
    for (const layer of circleLayers) map.addLayer(layer, under);
    for (const layer of originLayers) map.addLayer(layer, over);
    return () => {
      for (const layer of [...circleLayers, ...originLayers])
        if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(SEARCH_RADIUS_SOURCE)) map.removeSource(SEARCH_RADIUS_SOURCE);
    };
  }, [map]);
  const [lon, lat] = radius?.center ?? [NaN, NaN];
  const km = radius?.km;
  const label = radius?.label;
  useEffect(() => {
    if (!map) return;
    const data =
      km !== undefined && label !== undefined
        ? radiusFeatures([lon, lat], km, label)
        : { type: 'FeatureCollection' as const, features: [] };
    map.getSource<GeoJSONSource>(SEARCH_RADIUS_SOURCE)?.setData(data);
  }, [map, lon, lat, km, label]);
}
