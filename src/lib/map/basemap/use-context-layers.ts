import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { BASEMAP_LAYER_IDS } from '../basemap-style';
import type { SiteMapInstance } from '../create-map';
import { CONTEXT_GROUPS, CONTEXT_LAYER_GROUPS, type ContextGroup } from './context-layers';

export type ContextShown = Record<ContextGroup, boolean>;
export const ALL_CONTEXT_SHOWN: ContextShown = { motorways: true, rail: true, water: true, districts: true };

/** Shows or hides the offline basemap's context groups; again after every style change. */
export function useContextLayers(map: SiteMapInstance | null, shown: ContextShown) {
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      for (const group of CONTEXT_GROUPS)
        for (const id of CONTEXT_LAYER_GROUPS[group])
          if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', shown[group] ? 'visible' : 'none');
    };
    apply();
    map.on('styledata', apply);
    return () => {
      map.off('styledata', apply);
    };
  }, [map, shown]);
  useEffect(() => {
    if (!map) return;
    // Sites first: the deferred context files are set after the first full frame, and again on
    // every style that comes with empty context sources (a switch back to the offline basemap).
    const filled = new WeakSet<object>();
    let drawn = false;
    const fill = () => {
      if (!drawn) return;
      const urls = map.getStyle()?.metadata as
        { 'standortfinder:context'?: Record<string, string> } | undefined;
      for (const [id, url] of Object.entries(urls?.['standortfinder:context'] ?? {})) {
        const source = map.getSource<GeoJSONSource>(id);
        if (!source || filled.has(source)) continue;
        filled.add(source);
        source.setData(url);
      }
    };
    const onFirstIdle = () => {
      drawn = true;
      fill();
    };
    map.once('idle', onFirstIdle);
    map.on('styledata', fill);
    return () => {
      map.off('idle', onFirstIdle);
      map.off('styledata', fill);
    };
  }, [map]);
  useEffect(() => {
    if (!map) return;
    // Read after the idle event (a task of its own), so it never holds up the app's own handlers.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reportRenderedContext(map), 0);
    };
    map.on('idle', report);
    return () => {
      clearTimeout(timer);
      map.off('idle', report);
    };
  }, [map]);
}

const TOWN_LABELS = [
  BASEMAP_LAYER_IDS.placeLabelsMajor,
  BASEMAP_LAYER_IDS.placeLabelsMedium,
  BASEMAP_LAYER_IDS.placeLabelsMinor,
];

/**
 * What the basemap really drew, on the map's element for tests and the e2e driver:
 * `data-basemap-rendered` = JSON of the motorway refs with a shield, rail lines, rivers, lakes,
 * junctions, district lines, the town names shown, and the radius search's circle (its label).
 */
function reportRenderedContext(map: SiteMapInstance) {
  const names = (layers: string[], prop: string) => {
    const present = layers.filter((id) => map.getLayer(id));
    if (present.length === 0) return [];
    const values = map
      .queryRenderedFeatures({ layers: present })
      .map((f) => String(f.properties[prop] ?? ''));
    return [...new Set(values)].filter(Boolean).sort();
  };
  const rendered = {
    shields: names(['basemap-motorway-shields'], 'ref'),
    motorways: names(['basemap-motorways'], 'ref'),
    junctions: names(['basemap-junctions'], 'name').length,
    rail: names(['basemap-rail'], 'name').length,
    rivers: names(['basemap-rivers'], 'name'),
    lakes: names(['basemap-lakes'], 'name'),
    districts: names(['basemap-district-lines'], 'kind').length > 0,
    towns: names(TOWN_LABELS, 'name'),
    radius: names(['search-radius-outline'], 'label'),
  };
  map.getContainer().dataset.basemapRendered = JSON.stringify(rendered);
}
