import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CONTEXT_LAYER_GROUPS, CONTEXT_SOURCE_IDS } from './basemap/context-layers';
import {
  BASEMAP_FILES,
  BASEMAP_FIRST_LABEL_LAYER_ID,
  BASEMAP_FONT_BOLD,
  BASEMAP_FONT_REGULAR,
  BASEMAP_LAYER_IDS,
  NOTO_SANS_FILES,
  OFFLINE_BASEMAP_ATTRIBUTION,
  createOfflineBasemapStyle,
} from './basemap-style';

const ORIGIN = 'http://127.0.0.1:5173';

/** Every string in the style that looks like a URL. */
function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => urlsIn(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => urlsIn(v, found));
  }
  return found;
}

function symbolLayers(style: StyleSpecification) {
  return style.layers.filter(
    (l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol',
  );
}

describe('createOfflineBasemapStyle', () => {
  it.each(['de', 'en'] as const)('passes the MapLibre style validator (%s)', (lang) => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN, lang });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('makes no request outside the given origin: no glyphs, its own sprite, absolute local URLs only', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBe(`${ORIGIN}/basemap/sprite`);
    const { sources, layers, 'font-faces': fontFaces, sprite } = style;
    const urls = urlsIn({ sources, layers, fontFaces, sprite });
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(Object.values(sources).every((s) => s.type === 'geojson')).toBe(true);
  });

  it('resolves a sub-path base URL against the origin', () => {
    const style = createOfflineBasemapStyle({
      baseUrl: '/standortfinder/',
      origin: 'https://maps.example.org/',
    });
    const data = Object.values(style.sources).map((s) => (s.type === 'geojson' ? s.data : null));
    expect(data).toContain(`https://maps.example.org/standortfinder/${BASEMAP_FILES.places}`);
    const regular = style['font-faces']?.[BASEMAP_FONT_REGULAR];
    expect(Array.isArray(regular) && regular[0]?.url).toBe(
      `https://maps.example.org/standortfinder/${NOTO_SANS_FILES.regular.latin}`,
    );
  });

  it('accepts an absolute base URL and falls back to the page origin', () => {
    const absolute = createOfflineBasemapStyle({ baseUrl: 'https://cdn.example.org/app' });
    expect(urlsIn(absolute.sources).every((u) => u.startsWith('https://cdn.example.org/app/basemap/'))).toBe(
      true,
    );
    const fromPage = createOfflineBasemapStyle({ baseUrl: '/' });
    expect(urlsIn(fromPage.sources).every((u) => u.startsWith(`${window.location.origin}/basemap/`))).toBe(
      true,
    );
  });

  it('throws when a relative base URL cannot be made absolute', () => {
    vi.stubGlobal('location', undefined);
    try {
      expect(() => createOfflineBasemapStyle({ baseUrl: '/' })).toThrow(/absolute/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('has the expected layers in order, labels above shapes', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    const ids = style.layers.map((l) => l.id);
    const context = Object.values(CONTEXT_LAYER_GROUPS).flat();
    expect(new Set(ids)).toEqual(new Set([...Object.values(BASEMAP_LAYER_IDS), ...context]));
    expect(ids[0]).toBe(BASEMAP_LAYER_IDS.background);
    const firstLabel = ids.indexOf(BASEMAP_FIRST_LABEL_LAYER_ID);
    // Shapes under the sites; the junction dots too (a site drawn there stays on top).
    for (const l of style.layers.slice(0, firstLabel))
      expect(l.id === 'basemap-junctions' ? 'line' : l.type).toMatch(/^(background|fill|line)$/);
    for (const l of style.layers.slice(firstLabel)) expect(['circle', 'symbol']).toContain(l.type);
    expect(symbolLayers(style).map((l) => l.id)).toEqual(
      expect.arrayContaining([
        BASEMAP_LAYER_IDS.placeLabelsMajor,
        BASEMAP_LAYER_IDS.focusStateLabels,
        BASEMAP_LAYER_IDS.stateLabels,
      ]),
    );
  });

  it('draws every label with a font declared in font-faces', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    const declared = Object.keys(style['font-faces'] ?? {});
    expect(declared.sort()).toEqual([BASEMAP_FONT_BOLD, BASEMAP_FONT_REGULAR].sort());
    for (const layer of symbolLayers(style)) {
      const fonts = layer.layout?.['text-font'];
      expect(Array.isArray(fonts)).toBe(true);
      for (const font of fonts as string[]) expect(declared).toContain(font);
    }
  });

  it('labels in the requested language', () => {
    const textFields = (lang: 'de' | 'en') =>
      JSON.stringify(
        symbolLayers(createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN, lang })).map(
          (l) => l.layout?.['text-field'],
        ),
      );
    expect(textFields('de')).toContain('name_de');
    expect(textFields('de')).not.toContain('name_en');
    expect(textFields('en')).toContain('name_en');
  });

  it('credits GeoNames and Natural Earth on its sources', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    const credits = Object.values(style.sources).map((s) => ('attribution' in s ? s.attribution : undefined));
    expect(OFFLINE_BASEMAP_ATTRIBUTION.join(' ')).toMatch(/GeoNames.*Natural Earth/);
    for (const credit of OFFLINE_BASEMAP_ATTRIBUTION) expect(credits).toContain(credit);
  });

  it('can leave the context sources empty at first, keeping their files in its metadata', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN, deferContext: true });
    const urls = (style.metadata as Record<string, Record<string, string>>)['standortfinder:context']!;
    expect(Object.keys(urls).sort()).toEqual(Object.values(CONTEXT_SOURCE_IDS).sort());
    for (const [id, url] of Object.entries(urls)) {
      expect(url).toMatch(new RegExp(`^${ORIGIN}/basemap/\\w+\\.json$`));
      expect(style.sources[id]).toEqual(
        expect.objectContaining({ data: { type: 'FeatureCollection', features: [] } }),
      );
    }
    const eager = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    for (const [id, url] of Object.entries(urls))
      expect(eager.sources[id]).toEqual(expect.objectContaining({ data: url }));
  });
});
