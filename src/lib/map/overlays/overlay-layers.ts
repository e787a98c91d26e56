import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONT_REGULAR } from '../basemap-style';

/**
 * Context layers beside the sites, as typed data: airports and the Autobahn junctions the
 * distances are measured to, news locations, and project regions (approximate outlines built
 * from their member places). Each has a source of its own and can be switched on and off.
 */
export const OVERLAY_IDS = ['airports', 'junctions', 'news', 'regions'] as const;
export type OverlayId = (typeof OVERLAY_IDS)[number];

/** Features with a `label` property (shown as text). */
export type OverlayData = Partial<Record<OverlayId, FeatureCollection<Geometry, { label: string }>>>;

export const OVERLAY_COLORS: Record<OverlayId, string> = {
  airports: '#1f2937',
  junctions: '#1e40af',
  news: '#a21caf',
  regions: '#b45309',
};

export const overlaySourceId = (id: OverlayId) => `overlay-${id}`;

const label = (id: OverlayId, minzoom: number, offset: number): LayerSpecification => ({
  id: `overlay-${id}-labels`,
  type: 'symbol',
  source: overlaySourceId(id),
  minzoom,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [BASEMAP_FONT_REGULAR],
    'text-size': 11,
    'text-offset': [0, offset],
    'text-anchor': 'top',
    'text-optional': true,
  },
  paint: { 'text-color': OVERLAY_COLORS[id], 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
});

const point = (id: OverlayId, radius: number): LayerSpecification => ({
  id: `overlay-${id}-points`,
  type: 'circle',
  source: overlaySourceId(id),
  filter: ['==', ['geometry-type'], 'Point'],
  paint: {
    'circle-color': OVERLAY_COLORS[id],
    'circle-radius': radius,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
});

export const overlayLayers: Record<OverlayId, LayerSpecification[]> = {
  regions: [
    {
      id: 'overlay-regions-fill',
      type: 'fill',
      source: overlaySourceId('regions'),
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': OVERLAY_COLORS.regions, 'fill-opacity': 0.08 },
    },
    {
      id: 'overlay-regions-outline',
      type: 'line',
      source: overlaySourceId('regions'),
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': OVERLAY_COLORS.regions, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    point('regions', 4),
    label('regions', 6, 0.6),
  ],
  junctions: [point('junctions', 3.5), label('junctions', 9, 0.5)],
  airports: [point('airports', 6), label('airports', 6, 0.8)],
  news: [point('news', 4.5), label('news', 10, 0.6)],
};
