import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONT_BOLD } from './basemap-style';
import { CLUSTER_OFFSET, CLUSTER_RADIUS_STOPS } from './cluster/cluster-marks';
import { SITE_COLORS } from './site-colors';

/**
 * Site layers as typed data. The sources hold only what is drawn (see cluster/grid-cluster.ts):
 * clusters with counts and single sites in one point source, plot outlines in another.
 * Plots are teal, halls orange, in clusters as well; hover and selection are feature-state.
 */

export const SITE_POINTS_SOURCE = 'site-points';
export const PLOT_AREAS_SOURCE = 'plot-areas';

const state = (name: 'selected' | 'hover'): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];
const isCluster: ExpressionSpecification = ['==', ['get', 'cluster'], true];
const isKind = (kind: 'plot' | 'hall'): ExpressionSpecification => ['==', ['get', 'kind'], kind];
/** Selected wins over hover, hover over the kind's colour. */
const stateColor = (base: string): ExpressionSpecification => [
  'case',
  state('selected'),
  SITE_COLORS.selected,
  state('hover'),
  SITE_COLORS.hover,
  base,
];
const highlightWidth = (base: number): ExpressionSpecification => [
  'case',
  ['any', state('selected'), state('hover')],
  3,
  base,
];

const clusterLayer = (kind: 'plot' | 'hall'): LayerSpecification => ({
  id: `${kind}-clusters`,
  type: 'circle',
  source: SITE_POINTS_SOURCE,
  filter: ['all', isCluster, isKind(kind)],
  paint: {
    'circle-color': kind === 'hall' ? SITE_COLORS.hallFill : SITE_COLORS.plotFill,
    'circle-opacity': 0.9,
    // 14 px for a pair, growing with the count up to 30 px for thousands (cluster-marks.ts).
    'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], ...CLUSTER_RADIUS_STOPS.flat()],
    'circle-stroke-color': stateColor('#ffffff'),
    'circle-stroke-width': highlightWidth(2),
    'circle-translate': CLUSTER_OFFSET[kind],
  },
});

const clusterCountLayer = (kind: 'plot' | 'hall'): LayerSpecification => ({
  id: `${kind}-cluster-counts`,
  type: 'symbol',
  source: SITE_POINTS_SOURCE,
  filter: ['all', isCluster, isKind(kind)],
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [BASEMAP_FONT_BOLD],
    'text-size': 12,
    // Always drawn, and placed first: the basemap's labels give way to it.
    'text-allow-overlap': true,
    'text-ignore-placement': false,
  },
  paint: { 'text-color': '#111827', 'text-translate': CLUSTER_OFFSET[kind] },
});

/** A transparent image: the collision box of every site mark (see `markBlockerLayer`). */
export const MARK_BLOCKER_IMAGE = 'site-mark-blocker';
export const MARK_BLOCKER_SIZE = 32;

export const siteLayers: LayerSpecification[] = [
  {
    id: 'plot-areas-fill',
    type: 'fill',
    source: PLOT_AREAS_SOURCE,
    paint: { 'fill-color': stateColor(SITE_COLORS.plotFill), 'fill-opacity': 0.45 },
  },
  {
    id: 'plot-areas-outline',
    type: 'line',
    source: PLOT_AREAS_SOURCE,
    paint: { 'line-color': stateColor(SITE_COLORS.plot), 'line-width': highlightWidth(1.5) },
  },
  // Clusters under single sites: a site next to another kind's cluster is never hidden by it
  // (the counts come last, above both).
  ...(['plot', 'hall'] as const).map(clusterLayer),
  {
    id: 'hall-points',
    type: 'circle',
    source: SITE_POINTS_SOURCE,
    filter: ['all', ['!', isCluster], isKind('hall')],
    paint: {
      'circle-color': stateColor(SITE_COLORS.hall),
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 5.5, 12, 9],
      'circle-stroke-color': '#1f2937',
      'circle-stroke-width': highlightWidth(1.5),
    },
  },
  {
    id: 'plot-points',
    type: 'circle',
    source: SITE_POINTS_SOURCE,
    filter: ['all', ['!', isCluster], isKind('plot')],
    paint: {
      'circle-color': stateColor(SITE_COLORS.plotFill),
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 4, 10, 7],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': highlightWidth(1.5),
    },
  },
  ...(['plot', 'hall'] as const).map(clusterCountLayer),
  markBlockerLayer(),
];

/**
 * Labels never cover a site: an invisible icon as large as each mark (a cluster pair side by
 * side, a single dot) is placed before the basemap's labels, and labels that would collide
 * with it are left out. Circles alone take no part in label placement.
 */
function markBlockerLayer(): LayerSpecification {
  const px = (radius: ExpressionSpecification | number): ExpressionSpecification => [
    '/',
    ['*', 2, radius],
    MARK_BLOCKER_SIZE,
  ];
  const clusterRadius: ExpressionSpecification = [
    '+',
    11,
    ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1.4, 14, 10, 22, 60, 30],
  ];
  const sizeAt = (single: number): ExpressionSpecification => [
    'case',
    isCluster,
    px(clusterRadius),
    px(single + 2),
  ];
  return {
    id: 'site-mark-blockers',
    type: 'symbol',
    source: SITE_POINTS_SOURCE,
    layout: {
      'icon-image': MARK_BLOCKER_IMAGE,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 5, sizeAt(5.5), 12, sizeAt(9)],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  };
}

/** Drawn above the basemap's labels and placed before them, so a count or mark is never hidden. */
export const TOP_SITE_LAYERS = ['plot-cluster-counts', 'hall-cluster-counts', 'site-mark-blockers'];

/** Layers whose features are single sites (click selects, hover highlights the card). */
export const SITE_FEATURE_LAYERS = ['plot-areas-fill', 'plot-points', 'hall-points'];
/** Layers whose features are clusters (click zooms in). */
export const CLUSTER_LAYERS = ['plot-clusters', 'hall-clusters'];
export const CLICKABLE_SITE_LAYERS = [...SITE_FEATURE_LAYERS, ...CLUSTER_LAYERS];
