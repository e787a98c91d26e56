import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { SiteMapInstance } from '../create-map';
import { toAreaPolygon } from './area-ring';
import { searchAreaLayers, SEARCH_AREA_SOURCE } from './search-area-layers';

/** Draws the URL's search area (not while it is being edited: terra-draw draws it then). */
export function useSearchAreaLayer(map: SiteMapInstance | null, area: [number, number][] | null) {
  useEffect(() => {
    if (!map) return;
    map.addSource(SEARCH_AREA_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of searchAreaLayers) map.addLayer(layer);
    return () => {
      for (const layer of searchAreaLayers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(SEARCH_AREA_SOURCE)) map.removeSource(SEARCH_AREA_SOURCE);
    };
  }, [map]);
  useEffect(() => {
    if (!map) return;
    const features = area
      ? [{ type: 'Feature' as const, geometry: toAreaPolygon(area), properties: {} }]
      : [];
    map.getSource<GeoJSONSource>(SEARCH_AREA_SOURCE)?.setData({ type: 'FeatureCollection', features });
  }, [map, area]);
}
