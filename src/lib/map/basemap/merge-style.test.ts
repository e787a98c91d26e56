import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { asStyle, carryOverlays } from './merge-style';

const offline: StyleSpecification = {
  version: 8,
  sources: {
    countries: { type: 'geojson', data: 'countries.json' },
    'site-points': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  },
  layers: [
    { id: 'land', type: 'fill', source: 'countries' },
    { id: 'plot-points', type: 'circle', source: 'site-points' },
  ],
  'font-faces': { 'Noto Sans Bold': 'fonts/bold.woff2' },
};
const streets: StyleSpecification = {
  version: 8,
  sources: { osm: { type: 'vector', url: 'https://tiles.example.net/osm.json' } },
  layers: [{ id: 'roads', type: 'line', source: 'osm', 'source-layer': 'roads' }],
  glyphs: 'https://tiles.example.net/fonts/{fontstack}/{range}.pbf',
};

describe('switching basemaps', () => {
  it('carries the app layers over to the online style, on top, with the bundled fonts', () => {
    const merged = carryOverlays(offline, streets, new Set(['countries']), offline['font-faces']);
    expect(Object.keys(merged.sources)).toEqual(['osm', 'site-points']);
    expect(merged.layers.map((l) => l.id)).toEqual(['roads', 'plot-points']);
    expect(merged['font-faces']).toEqual({ 'Noto Sans Bold': 'fonts/bold.woff2' });
    expect(merged.glyphs).toBe(streets.glyphs);
  });

  it('carries them back to the offline style without doubling them', () => {
    const online = carryOverlays(offline, streets, new Set(['countries']));
    const back = carryOverlays(online, offline, new Set(['osm']));
    expect(back.layers.map((l) => l.id)).toEqual(['land', 'plot-points']);
  });

  it('refuses what is not a style', () => {
    expect(asStyle({ version: 7, sources: {}, layers: [] })).toBeNull();
    expect(asStyle('<html>')).toBeNull();
    expect(asStyle(streets)).toBe(streets);
  });
});
