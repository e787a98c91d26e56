/**
 * Offline basemap: a MapLibre style that needs no network beyond the app's own origin.
 *
 * Geometry and labels come from small GeoJSON files under `public/basemap/` (Natural Earth
 * countries and Länder, GeoNames places), written by `npm run basemap:build`. Labels are drawn
 * from the Noto Sans woff2 files under `public/fonts/` through the style-root `font-faces`
 * property of MapLibre 6, so the style has no `glyphs` URL. The schematic context (Autobahn,
 * rail, water, districts; basemap/context-layers.ts) comes from files of the same folder, and
 * the Autobahn shield from the folder's own sprite (`basemap/sprite`).
 */
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  contextAreaLayers,
  contextLabelLayers,
  contextLineLayers,
  contextSources,
  contextUrls,
} from './basemap/context-layers';

export type BasemapLanguage = 'de' | 'en';

export interface OfflineBasemapStyleOptions {
  /** The app's base URL, usually `import.meta.env.BASE_URL` (`/` or `/sub/path/`), or an absolute URL. */
  baseUrl: string;
  /** Label language for Land and country names; place names stay in their local form. Default `de`. */
  lang?: BasemapLanguage;
  /**
   * Origin to resolve a relative `baseUrl` against (e.g. `https://example.org`). Defaults to
   * `globalThis.location.origin`. MapLibre fetches GeoJSON in a worker, so URLs must be absolute.
   */
  origin?: string;
  /**
   * Leave the schematic context sources empty at first; `useContextLayers` fills them after the
   * map's first full frame (sites first, context a moment later). Their URLs are in the style's
   * metadata under `standortfinder:context`.
   */
  deferContext?: boolean;
}

/** Font names for `text-font` in any symbol layer drawn on this basemap. */
export const BASEMAP_FONT_REGULAR = 'Noto Sans Regular';
export const BASEMAP_FONT_BOLD = 'Noto Sans Bold';

/** Attribution, as MapLibre `customAttribution` HTML. The basemap's sources carry it already. */
export const OFFLINE_BASEMAP_ATTRIBUTION: readonly string[] = [
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)',
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
];
/** The same credit as plain text, for places that do not render HTML. */
export const OFFLINE_BASEMAP_ATTRIBUTION_TEXT = 'GeoNames (CC BY 4.0), Natural Earth';

/** Unicode ranges of the Fontsource Noto Sans subsets (checked against the package by the build). */
export const NOTO_SANS_UNICODE_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;
export type NotoSansSubset = keyof typeof NOTO_SANS_UNICODE_RANGES;

/** Files below the base URL that the style references (and the build writes). */
export const BASEMAP_FILES = {
  countries: 'basemap/countries.json',
  states: 'basemap/states.json',
  stateLabels: 'basemap/state-labels.json',
  places: 'basemap/places.json',
} as const;

export const NOTO_SANS_FILES: Record<'regular' | 'bold', Record<NotoSansSubset, string>> = {
  regular: {
    latin: 'fonts/noto-sans-latin-400-normal.woff2',
    'latin-ext': 'fonts/noto-sans-latin-ext-400-normal.woff2',
  },
  bold: {
    latin: 'fonts/noto-sans-latin-700-normal.woff2',
    'latin-ext': 'fonts/noto-sans-latin-ext-700-normal.woff2',
  },
};

export const BASEMAP_SOURCE_IDS = {
  countries: 'basemap-countries',
  states: 'basemap-states',
  stateLabels: 'basemap-state-labels',
  places: 'basemap-places',
} as const;

/** Layers, bottom to top. Site data belongs between the shapes and the labels: use `beforeId`. */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  countriesFill: 'basemap-countries-fill',
  statesFill: 'basemap-states-fill',
  statesOutline: 'basemap-states-outline',
  focusStatesOutline: 'basemap-states-outline-focus',
  countryBorders: 'basemap-country-borders',
  placeDots: 'basemap-place-dots',
  countryLabels: 'basemap-country-labels',
  stateLabels: 'basemap-state-labels',
  placeLabelsMinor: 'basemap-place-labels-minor',
  placeLabelsMedium: 'basemap-place-labels-medium',
  /** Above the smaller towns, so that the names of the three Länder win over theirs. */
  focusStateLabels: 'basemap-state-labels-focus',
  placeLabelsMajor: 'basemap-place-labels-major',
} as const;

/** Insert data layers before this one to keep them under the basemap's dots and labels. */
export const BASEMAP_FIRST_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.placeDots;

/**
 * [west, south, east, north] of the country shapes; beyond it there is only background. Pass it as
 * the map's `maxBounds` (and a `minZoom` of about 5) so that the edge of the data never shows.
 */
export const OFFLINE_BASEMAP_BOUNDS: readonly [number, number, number, number] = [0, 45.5, 25, 57.5];

/** The three Länder the app is about; their fill is highlighted. */
export const BASEMAP_FOCUS_STATES = ['SN', 'ST', 'TH'] as const;

const COLORS = {
  water: '#dce6ec',
  land: '#f1efea',
  germany: '#f4f2ed',
  focusState: '#fbfaf7',
  stateLine: '#c3bdb2',
  focusStateLine: '#9d968a',
  countryBorder: '#8f897f',
  placeDot: '#6f6a62',
  text: '#3b3833',
  textMuted: '#8c857a',
  halo: '#ffffff',
} as const;

function resolveBase(baseUrl: string, origin: string | undefined): string {
  const fallbackOrigin = (globalThis as { location?: { origin?: string } }).location?.origin;
  const pageOrigin = origin ?? (fallbackOrigin && fallbackOrigin !== 'null' ? fallbackOrigin : undefined);
  let base: URL;
  try {
    base = pageOrigin ? new URL(baseUrl || '/', `${pageOrigin.replace(/\/+$/, '')}/`) : new URL(baseUrl);
  } catch {
    throw new Error(
      `createOfflineBasemapStyle: cannot make "${baseUrl}" absolute; pass an absolute baseUrl or an origin`,
    );
  }
  base.search = '';
  base.hash = '';
  const href = base.href;
  return href.endsWith('/') ? href : `${href}/`;
}

function fontFaces(base: string): FontFacesSpecification {
  const faces = (files: Record<NotoSansSubset, string>) =>
    (Object.keys(files) as NotoSansSubset[]).map((subset) => ({
      url: base + files[subset],
      'unicode-range': NOTO_SANS_UNICODE_RANGES[subset].split(','),
    }));
  return {
    [BASEMAP_FONT_REGULAR]: faces(NOTO_SANS_FILES.regular),
    [BASEMAP_FONT_BOLD]: faces(NOTO_SANS_FILES.bold),
  };
}

function localizedName(lang: BasemapLanguage): ExpressionSpecification {
  return lang === 'en'
    ? ['coalesce', ['get', 'name_en'], ['get', 'name']]
    : ['coalesce', ['get', 'name_de'], ['get', 'name']];
}

const isFocusState: ExpressionSpecification = ['in', ['get', 'code'], ['literal', [...BASEMAP_FOCUS_STATES]]];

function placeLabelLayer(
  name: ExpressionSpecification,
  id: string,
  classes: number[],
  minzoom: number,
  font: string,
  size: ExpressionSpecification,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: BASEMAP_SOURCE_IDS.places,
    minzoom,
    filter: ['in', ['get', 'class'], ['literal', classes]],
    layout: {
      'text-field': name,
      'text-font': [font],
      'text-size': size,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      // Far enough from the town's point that a site mark drawn there does not push the name away.
      'text-radial-offset': 0.95,
      'text-justify': 'auto',
      'text-max-width': 9,
      'symbol-sort-key': ['get', 'rank'],
      'text-padding': 3,
    },
    paint: {
      'text-color': COLORS.text,
      'text-halo-color': COLORS.halo,
      'text-halo-width': 1.4,
      'text-halo-blur': 0.3,
    },
  };
}

function stateLabelLayer(name: ExpressionSpecification, id: string, focus: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: BASEMAP_SOURCE_IDS.stateLabels,
    filter: focus ? isFocusState : ['!', isFocusState],
    minzoom: focus ? 4.5 : 5,
    maxzoom: focus ? 9 : 8.5,
    layout: {
      'text-field': name,
      'text-font': [BASEMAP_FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, focus ? 12 : 10, 9, focus ? 17 : 13],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.15,
      'text-max-width': 10,
      'text-padding': 4,
      // Land names give way to the big cities' labels by moving around their anchor point.
      ...(focus
        ? { 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 1.2 }
        : {}),
    },
    paint: {
      'text-color': focus ? '#7a7368' : '#a39d93',
      'text-halo-color': COLORS.halo,
      'text-halo-width': 1.2,
    },
  };
}

/**
 * Builds the offline basemap style.
 *
 * @example
 * new Map({ container, style: createOfflineBasemapStyle({ baseUrl: import.meta.env.BASE_URL }) })
 */
export function createOfflineBasemapStyle(options: OfflineBasemapStyleOptions): StyleSpecification {
  const lang: BasemapLanguage = options.lang ?? 'de';
  const base = resolveBase(options.baseUrl, options.origin);
  const [geonames, naturalEarth] = OFFLINE_BASEMAP_ATTRIBUTION;
  const name = localizedName(lang);
  const L = BASEMAP_LAYER_IDS;
  const S = BASEMAP_SOURCE_IDS;

  return {
    version: 8,
    name: 'Standortfinder offline basemap',
    metadata: {
      'standortfinder:basemap': 'offline',
      'standortfinder:lang': lang,
      'standortfinder:context': contextUrls(base),
    },
    center: [12.0, 51.3],
    zoom: 6.5,
    'font-faces': fontFaces(base),
    sprite: `${base}basemap/sprite`,
    sources: {
      ...contextSources(base, lang, options.deferContext ?? false),
      [S.countries]: {
        type: 'geojson',
        data: base + BASEMAP_FILES.countries,
        attribution: naturalEarth,
        tolerance: 0.5,
      },
      [S.states]: {
        type: 'geojson',
        data: base + BASEMAP_FILES.states,
        attribution: naturalEarth,
        tolerance: 0.5,
      },
      [S.stateLabels]: { type: 'geojson', data: base + BASEMAP_FILES.stateLabels, attribution: naturalEarth },
      [S.places]: { type: 'geojson', data: base + BASEMAP_FILES.places, attribution: geonames },
    },
    layers: [
      { id: L.background, type: 'background', paint: { 'background-color': COLORS.water } },
      {
        id: L.countriesFill,
        type: 'fill',
        source: S.countries,
        filter: ['==', ['get', 'kind'], 'country'],
        paint: {
          'fill-color': ['case', ['==', ['get', 'iso'], 'DEU'], COLORS.germany, COLORS.land],
          'fill-antialias': false,
        },
      },
      {
        id: L.statesFill,
        type: 'fill',
        source: S.states,
        paint: {
          'fill-color': ['case', isFocusState, COLORS.focusState, COLORS.germany],
          'fill-antialias': false,
        },
      },
      ...contextAreaLayers,
      {
        id: L.statesOutline,
        type: 'line',
        source: S.states,
        filter: ['!', isFocusState],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLORS.stateLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.4],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: L.focusStatesOutline,
        type: 'line',
        source: S.states,
        filter: isFocusState,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLORS.focusStateLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 10, 2],
        },
      },
      {
        id: L.countryBorders,
        type: 'line',
        source: S.countries,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': COLORS.countryBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 2.4],
        },
      },
      ...contextLineLayers,
      {
        id: L.placeDots,
        type: 'circle',
        source: S.places,
        maxzoom: 11,
        filter: [
          'any',
          ['<=', ['get', 'class'], 1],
          ['all', ['<=', ['get', 'class'], 2], ['>=', ['zoom'], 6]],
          ['>=', ['zoom'], 7],
        ],
        paint: {
          'circle-color': COLORS.placeDot,
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            5,
            ['-', 3.2, ['*', 0.5, ['get', 'class']]],
            10,
            3.5,
          ],
          'circle-stroke-color': COLORS.halo,
          'circle-stroke-width': 1,
          'circle-opacity': ['interpolate', ['linear'], ['zoom'], 9.5, 1, 11, 0],
          'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 9.5, 1, 11, 0],
        },
      },
      ...contextLabelLayers(name, BASEMAP_FONT_REGULAR, BASEMAP_FONT_BOLD),
      {
        id: L.countryLabels,
        type: 'symbol',
        source: S.countries,
        filter: ['==', ['get', 'kind'], 'label'],
        maxzoom: 9,
        layout: {
          'text-field': name,
          'text-font': [BASEMAP_FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 15],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.2,
          'text-max-width': 8,
        },
        paint: {
          'text-color': COLORS.textMuted,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.2,
        },
      },
      stateLabelLayer(name, L.stateLabels, false),
      placeLabelLayer(name, L.placeLabelsMinor, [3, 4], 7, BASEMAP_FONT_REGULAR, [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        10.5,
        12,
        14,
      ]),
      placeLabelLayer(name, L.placeLabelsMedium, [2], 6, BASEMAP_FONT_REGULAR, [
        'interpolate',
        ['linear'],
        ['zoom'],
        6,
        11,
        12,
        16,
      ]),
      stateLabelLayer(name, L.focusStateLabels, true),
      placeLabelLayer(name, L.placeLabelsMajor, [1], 3, BASEMAP_FONT_BOLD, [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        11,
        12,
        19,
      ]),
    ],
  };
}
