import type { LayerSpecification } from 'maplibre-gl';

export const SEARCH_AREA_SOURCE = 'search-area';

/** The drawn search area: a light violet fill under a dashed outline. */
export const searchAreaLayers: LayerSpecification[] = [
  {
    id: 'search-area-fill',
    type: 'fill',
    source: SEARCH_AREA_SOURCE,
    paint: { 'fill-color': '#7c3aed', 'fill-opacity': 0.08 },
  },
  {
    id: 'search-area-outline',
    type: 'line',
    source: SEARCH_AREA_SOURCE,
    paint: { 'line-color': '#7c3aed', 'line-width': 2, 'line-dasharray': [2, 1] },
  },
];
