import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/**
 * Site layers as typed data. Plots: teal areas (and points when zoomed out); halls: orange points,
 * slightly larger and drawn first, so a plot at the same place stays visible on top.
 */

export const SITE_POINTS_SOURCE = 'site-points';
export const PLOT_AREAS_SOURCE = 'plot-areas';

export const SITE_COLORS = {
  plot: '#0f766e',
  plotFill: '#14b8a6',
  hall: '#c2410c',
  selected: '#1d4ed8',
} as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const siteLayers: LayerSpecification[] = [
  {
    id: 'plot-areas-fill',
    type: 'fill',
    source: PLOT_AREAS_SOURCE,
    minzoom: 10,
    paint: {
      'fill-color': ['case', selected, SITE_COLORS.selected, SITE_COLORS.plotFill],
      'fill-opacity': 0.45,
    },
  },
  {
    id: 'plot-areas-outline',
    type: 'line',
    source: PLOT_AREAS_SOURCE,
    minzoom: 10,
    paint: {
      'line-color': ['case', selected, SITE_COLORS.selected, SITE_COLORS.plot],
      'line-width': ['case', selected, 3, 1.5],
    },
  },
  {
    id: 'hall-points',
    type: 'circle',
    source: SITE_POINTS_SOURCE,
    filter: ['==', ['get', 'kind'], 'hall'],
    paint: {
      'circle-color': ['case', selected, SITE_COLORS.selected, SITE_COLORS.hall],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 5.5, 12, 9],
      'circle-stroke-color': '#1f2937',
      'circle-stroke-width': ['case', selected, 3, 1.5],
    },
  },
  {
    id: 'plot-points',
    type: 'circle',
    source: SITE_POINTS_SOURCE,
    maxzoom: 11,
    filter: ['==', ['get', 'kind'], 'plot'],
    paint: {
      'circle-color': ['case', selected, SITE_COLORS.selected, SITE_COLORS.plotFill],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 4, 10, 7],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', selected, 3, 1.5],
    },
  },
];

export const CLICKABLE_SITE_LAYERS = ['plot-areas-fill', 'plot-points', 'hall-points'];
