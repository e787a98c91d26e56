import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';

/**
 * The schematic context of the offline basemap: Autobahn with shields and junctions, main rail
 * lines, rivers and lakes, district boundaries (files written by `npm run basemap:schematic`).
 * Shapes go under the site layers, labels into the basemap's label stack; each group can be
 * switched in the layer panel (`CONTEXT_LAYER_GROUPS`).
 */
export const CONTEXT_FILES = {
  motorways: 'basemap/motorways.json',
  rail: 'basemap/rail.json',
  water: 'basemap/water.json',
  districts: 'basemap/districts.json',
} as const;
export type ContextGroup = keyof typeof CONTEXT_FILES;
export const CONTEXT_GROUPS = Object.keys(CONTEXT_FILES) as ContextGroup[];

export const CONTEXT_SOURCE_IDS: Record<ContextGroup, string> = {
  motorways: 'basemap-motorways',
  rail: 'basemap-rail',
  water: 'basemap-water',
  districts: 'basemap-districts',
};

/** The sprite image of the Autobahn shield (public/basemap/sprite*.json). */
export const SHIELD_IMAGE = 'motorway-shield';

export const CONTEXT_COLORS = {
  water: '#c3d8e6',
  river: '#8fb6d2',
  riverText: '#4f7a99',
  district: '#b5ada1',
  rail: '#6a645c',
  motorway: '#e5b95c',
  motorwayCasing: '#a77a22',
  junction: '#1e40af',
} as const;

export const CONTEXT_ATTRIBUTION = {
  de: 'Autobahn, Bahn, Gewässer, Kreise: schematisch, eigene Zusammenstellung',
  en: 'Motorways, rail, water, districts: schematic, own compilation',
} as const;

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const byZoom = (...stops: number[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];
const major = (main: number, other: number): ExpressionSpecification => [
  'case',
  ['==', ['get', 'rank'], 1],
  main,
  other,
];
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 } as const;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Source id → URL of its file. */
export const contextUrls = (base: string): Record<string, string> =>
  Object.fromEntries(CONTEXT_GROUPS.map((g) => [CONTEXT_SOURCE_IDS[g], base + CONTEXT_FILES[g]]));

export function contextSources(
  base: string,
  lang: 'de' | 'en',
  deferred = false,
): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {};
  for (const group of CONTEXT_GROUPS)
    sources[CONTEXT_SOURCE_IDS[group]] = {
      type: 'geojson',
      data: deferred ? EMPTY : base + CONTEXT_FILES[group],
      attribution: CONTEXT_ATTRIBUTION[lang],
      tolerance: 0.4,
    };
  return sources;
}

const S = CONTEXT_SOURCE_IDS;

/** Drawn over the Länder fill, under their outlines. */
export const contextAreaLayers: LayerSpecification[] = [
  {
    id: 'basemap-lakes',
    type: 'fill',
    source: S.water,
    filter: kind('lake'),
    paint: { 'fill-color': CONTEXT_COLORS.water },
  },
  {
    id: 'basemap-rivers',
    type: 'line',
    source: S.water,
    filter: kind('river'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': CONTEXT_COLORS.river,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        major(1, 0.5),
        10,
        major(3, 1.6),
        13,
        major(5, 3),
      ],
    },
  },
  {
    id: 'basemap-district-lines',
    type: 'line',
    source: S.districts,
    minzoom: 7,
    filter: kind('boundary'),
    paint: {
      'line-color': CONTEXT_COLORS.district,
      'line-width': byZoom(7, 0.5, 11, 1.2),
      'line-dasharray': [3, 2],
    },
  },
];

/** Drawn over the borders, under the site layers. */
export const contextLineLayers: LayerSpecification[] = [
  {
    id: 'basemap-rail',
    type: 'line',
    source: S.rail,
    minzoom: 6,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': CONTEXT_COLORS.rail, 'line-width': byZoom(6, 0.6, 10, 1.6, 13, 2.6) },
  },
  {
    id: 'basemap-rail-dash',
    type: 'line',
    source: S.rail,
    minzoom: 9,
    paint: { 'line-color': '#ffffff', 'line-width': byZoom(9, 0.6, 13, 1.4), 'line-dasharray': [3, 3] },
  },
  {
    id: 'basemap-motorway-casing',
    type: 'line',
    source: S.motorways,
    filter: kind('motorway'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': CONTEXT_COLORS.motorwayCasing, 'line-width': byZoom(5, 1.4, 10, 4.5, 13, 7) },
  },
  {
    id: 'basemap-motorways',
    type: 'line',
    source: S.motorways,
    filter: kind('motorway'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': CONTEXT_COLORS.motorway, 'line-width': byZoom(5, 0.8, 10, 3, 13, 5) },
  },
  {
    id: 'basemap-junctions',
    type: 'circle',
    source: S.motorways,
    minzoom: 9,
    filter: kind('junction'),
    paint: {
      'circle-color': '#ffffff',
      'circle-radius': byZoom(9, 2.5, 13, 4.5),
      'circle-stroke-color': CONTEXT_COLORS.junction,
      'circle-stroke-width': 1.5,
    },
  },
];

/** Labels under the town labels (towns are placed first). */
export function contextLabelLayers(
  name: ExpressionSpecification,
  font: string,
  bold: string,
): LayerSpecification[] {
  return [
    {
      id: 'basemap-river-labels',
      type: 'symbol',
      source: S.water,
      minzoom: 8.5,
      filter: kind('river'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'name'],
        'text-font': [font],
        'text-size': 11,
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': CONTEXT_COLORS.riverText, ...halo },
    },
    {
      id: 'basemap-district-labels',
      type: 'symbol',
      source: S.districts,
      minzoom: 8.5,
      maxzoom: 11.5,
      filter: kind('label'),
      layout: {
        'text-field': name,
        'text-font': [font],
        'text-size': 11,
        'text-max-width': 8,
        'text-padding': 6,
      },
      paint: { 'text-color': '#948c80', ...halo },
    },
    {
      id: 'basemap-junction-labels',
      type: 'symbol',
      source: S.motorways,
      minzoom: 10.5,
      filter: kind('junction'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [font],
        'text-size': 10.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-optional': true,
      },
      paint: { 'text-color': CONTEXT_COLORS.junction, ...halo },
    },
    {
      id: 'basemap-motorway-shields',
      type: 'symbol',
      source: S.motorways,
      minzoom: 6.5,
      filter: kind('motorway'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 280,
        'text-field': ['get', 'ref'],
        'text-font': [bold],
        'text-size': byZoom(6, 9.5, 12, 12),
        'text-rotation-alignment': 'viewport',
        'icon-image': SHIELD_IMAGE,
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [2, 4, 2, 4],
        'icon-rotation-alignment': 'viewport',
        'text-padding': 4,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

/** Layer ids per group, for the layer panel's switches. */
export const CONTEXT_LAYER_GROUPS: Record<ContextGroup, string[]> = {
  motorways: [
    'basemap-motorway-casing',
    'basemap-motorways',
    'basemap-junctions',
    'basemap-junction-labels',
    'basemap-motorway-shields',
  ],
  rail: ['basemap-rail', 'basemap-rail-dash'],
  water: ['basemap-lakes', 'basemap-rivers', 'basemap-river-labels'],
  districts: ['basemap-district-lines', 'basemap-district-labels'],
};
