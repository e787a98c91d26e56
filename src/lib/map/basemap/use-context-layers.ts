import { useEffect } from 'react';
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
    const report = () => reportRenderedContext(map);
    map.on('idle', report);
    return () => {
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
 * junctions, district lines and the town names shown.
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
  };
  map.getContainer().dataset.basemapRendered = JSON.stringify(rendered);
}
