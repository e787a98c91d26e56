import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { SiteMapInstance } from '../create-map';
import {
  OVERLAY_IDS,
  overlayLayers,
  overlaySourceId,
  type OverlayData,
  type OverlayId,
} from './overlay-layers';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * Adds the context layers once (under the sites), then keeps their data and visibility in step.
 * Only switched-on layers get data, so hidden ones cost nothing.
 */
export function useOverlayLayers(
  map: SiteMapInstance | null,
  data: OverlayData,
  visible: Readonly<Record<OverlayId, boolean>>,
) {
  useEffect(() => {
    if (!map) return;
    const below = map.getLayer('plot-areas-fill') ? 'plot-areas-fill' : undefined;
    for (const id of OVERLAY_IDS) {
      map.addSource(overlaySourceId(id), { type: 'geojson', data: EMPTY });
      for (const layer of overlayLayers[id])
        map.addLayer({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as typeof layer, below);
    }
  }, [map]);

  useEffect(() => {
    if (!map) return;
    for (const id of OVERLAY_IDS) {
      const on = visible[id];
      map.getSource<GeoJSONSource>(overlaySourceId(id))?.setData(on ? (data[id] ?? EMPTY) : EMPTY);
      for (const layer of overlayLayers[id])
        if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'visibility', on ? 'visible' : 'none');
    }
  }, [map, data, visible]);
}
