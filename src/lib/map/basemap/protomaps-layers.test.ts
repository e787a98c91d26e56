import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FONT_BOLD, BASEMAP_FONT_REGULAR, createOfflineBasemapStyle } from '../basemap-style';
import { bundledFont, withBundledAssets } from './protomaps-layers';

const protomaps = (lang: string) =>
  layers('osm', namedFlavor('light'), { lang }) as unknown as LayerSpecification[];

/** Every string anywhere in a layer's layout (font names hide inside `format` expressions). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

describe('the Protomaps layers on the app’s own fonts and no sprite', () => {
  const adapted = withBundledAssets(protomaps('de'));

  it('names only the bundled Noto Sans faces, in text-font and inside formatted labels', () => {
    const fonts = new Set(
      adapted.flatMap((l) => stringsIn('layout' in l ? l.layout : {})).filter((s) => s.startsWith('Noto ')),
    );
    expect(fonts).toEqual(new Set([BASEMAP_FONT_REGULAR, BASEMAP_FONT_BOLD]));
    // The original style names faces the app does not ship.
    const original = new Set(protomaps('de').flatMap((l) => stringsIn('layout' in l ? l.layout : {})));
    expect(original).toContain('Noto Sans Italic');
  });

  it('asks for no icon, drops symbols that were only icons and keeps the place labels', () => {
    const ids = adapted.map((l) => l.id);
    expect(
      adapted.some((l) =>
        Object.keys('layout' in l ? (l.layout ?? {}) : {}).some((k) => k.startsWith('icon-')),
      ),
    ).toBe(false);
    expect(ids).not.toContain('roads_oneway');
    expect(ids).toEqual(expect.arrayContaining(['earth', 'boundaries', 'roads_highway', 'places_locality']));
    expect(adapted.length).toBe(protomaps('de').length - 1);
  });

  it('makes a valid style with the offline basemap’s font faces, and no glyphs or sprite URL', () => {
    const offline = createOfflineBasemapStyle({ baseUrl: '/', origin: 'https://app.example.org' });
    const style = {
      version: 8 as const,
      'font-faces': offline['font-faces'],
      sources: { osm: { type: 'vector' as const, url: 'pmtiles://https://tiles.example.org/a.pmtiles' } },
      layers: adapted,
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('keeps German names first', () => {
    const locality = adapted.find((l) => l.id === 'places_locality');
    expect(JSON.stringify(locality)).toContain('name:de');
  });

  it('maps weights by name', () => {
    expect(bundledFont('Noto Sans Medium')).toBe(BASEMAP_FONT_BOLD);
    expect(bundledFont('Noto Sans Italic')).toBe(BASEMAP_FONT_REGULAR);
  });
});
