import type { Dataset, OgcFeature } from './types';

/**
 * A synthetic dataset for the core tests, independent of data/*.json:
 * - plots: 25 squares 0.05° wide at lon 10.0, 10.1, … 12.4 / lat 50.00–50.05 (ids p-00 … p-24),
 *   p-24 as a MultiPolygon reaching to lat 51.
 * - halls: points; `42` has a numeric id, two sit next to the antimeridian, one has no geometry.
 * - news: one point, one without geometry. projects: empty.
 */
const r = (x: number) => Math.round(x * 1e6) / 1e6;
const square = (lon: number, lat: number, size = 0.05) => [
  [
    [lon, lat],
    [r(lon + size), lat],
    [r(lon + size), r(lat + size)],
    [lon, r(lat + size)],
    [lon, lat],
  ],
];

const plot = (i: number): OgcFeature => {
  const lon = Math.round((10 + i * 0.1) * 10) / 10;
  const id = `p-${String(i).padStart(2, '0')}`;
  return {
    type: 'Feature',
    id,
    geometry:
      i === 24
        ? { type: 'MultiPolygon', coordinates: [square(lon, 50), square(lon, 50.95)] }
        : { type: 'Polygon', coordinates: square(lon, 50) },
    properties: { kind: 'plot', name: `Plot ${i}`, sector_tags: 'logistics|automotive', rail_siding: 1 },
  };
};

const point = (id: string | number, lon: number, lat: number): OgcFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { kind: 'hall', name: `Hall ${id}` },
});

export const testDataset = (): Dataset => ({
  plots: { type: 'FeatureCollection', features: Array.from({ length: 25 }, (_, i) => plot(i)) },
  halls: {
    type: 'FeatureCollection',
    features: [
      point('h-a', 12.3, 51.3),
      point(42, 11.0, 50.9),
      point('h-east', 179.9, 0),
      point('h-west', -179.9, 0),
      { type: 'Feature', id: 'h-nogeom', geometry: null, properties: { kind: 'hall' } },
      point('with space/ä', 12.0, 51.0),
    ],
  },
  news: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'n-1', geometry: { type: 'Point', coordinates: [12, 51] }, properties: {} },
      { type: 'Feature', id: 'n-2', geometry: null, properties: {} },
    ],
  },
  projects: { type: 'FeatureCollection', features: [] },
  events: { type: 'FeatureCollection', features: [] },
});

export const ORIGIN = 'http://test.local';
