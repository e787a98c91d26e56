import { useEffect, useEffectEvent } from 'react';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import type { Site } from '@/lib/sites/site';
import { BASEMAP_FIRST_LABEL_LAYER_ID } from './basemap-style';
import type { SiteMapInstance } from './create-map';
import { CLICKABLE_SITE_LAYERS, PLOT_AREAS_SOURCE, SITE_POINTS_SOURCE, siteLayers } from './site-layers';
import { toPlotAreas, toSitePoints, type SiteMapProperties } from './sites-geojson';

interface SiteLayerOptions {
  sites: readonly Site[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
}

const siteSource = (map: SiteMapInstance, id: string) => map.getSource<GeoJSONSource>(id);

/** Adds the site sources and layers once, then keeps data, selection and clicks in step. */
export function useSiteLayers(
  map: SiteMapInstance | null,
  { sites, selectedKey, onSelect }: SiteLayerOptions,
) {
  const select = useEffectEvent(onSelect);

  useEffect(() => {
    if (!map) return;
    const empty = { type: 'FeatureCollection' as const, features: [] };
    map.addSource(SITE_POINTS_SOURCE, { type: 'geojson', data: empty, promoteId: 'key' });
    map.addSource(PLOT_AREAS_SOURCE, { type: 'geojson', data: empty, promoteId: 'key' });
    // Site layers go under the basemap's labels so town names stay readable.
    const beforeId = map.getLayer(BASEMAP_FIRST_LABEL_LAYER_ID) ? BASEMAP_FIRST_LABEL_LAYER_ID : undefined;
    for (const layer of siteLayers) map.addLayer(layer, beforeId);

    const onClick = (e: MapLayerMouseEvent) => {
      const key = (e.features?.[0]?.properties as SiteMapProperties | undefined)?.key;
      if (key) select(key);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const noPointer = () => (map.getCanvas().style.cursor = '');
    const reportRendered = () => {
      const keys = new Set(
        map.queryRenderedFeatures({ layers: CLICKABLE_SITE_LAYERS }).map((f) => String(f.properties.key)),
      );
      const container = map.getContainer();
      container.dataset.renderedSites = String(keys.size);
      container.dataset.mapReady = 'true';
    };
    for (const id of CLICKABLE_SITE_LAYERS) {
      map.on('click', id, onClick);
      map.on('mouseenter', id, pointer);
      map.on('mouseleave', id, noPointer);
    }
    map.on('idle', reportRendered);
    return () => {
      for (const id of CLICKABLE_SITE_LAYERS) {
        map.off('click', id, onClick);
        map.off('mouseenter', id, pointer);
        map.off('mouseleave', id, noPointer);
      }
      map.off('idle', reportRendered);
    };
  }, [map]);

  // The map follows the results after the list has painted: handing 100,000 features to
  // MapLibre takes longer than a frame, and the list must not wait for it (docs/performance.md).
  // Rapid changes coalesce: only the latest result set is sent.
  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        siteSource(map, SITE_POINTS_SOURCE)?.setData(toSitePoints(sites));
        siteSource(map, PLOT_AREAS_SOURCE)?.setData(toPlotAreas(sites));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [map, sites]);

  useEffect(() => {
    if (!map || !selectedKey) return;
    const targets = [SITE_POINTS_SOURCE, PLOT_AREAS_SOURCE].map((source) => ({ source, id: selectedKey }));
    for (const t of targets) map.setFeatureState(t, { selected: true });
    return () => {
      for (const t of targets) if (map.getSource(t.source)) map.removeFeatureState(t, 'selected');
    };
  }, [map, selectedKey, sites]);
}
