import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { hallsToGeoJson, plotGeometry, plotsToGeoJson, rewindGeometry } from './geojson-export';

const square = (x: number) =>
  [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 1],
    [x, 0],
  ] as [number, number][];

const plots = validateSites('plots', 'plot', [
  plotFeature({ id: 'gf-1' }),
  {
    ...plotFeature({ id: 'gf-2' }),
    geometry: { type: 'MultiPolygon', coordinates: [[square(0)], [square(2)]] },
  },
]).sites;
const halls = validateSites('halls', 'hall', [
  hallFeature({ id: 'ho-1' }),
  // A hall with a footprint: exported as its label point all the same.
  {
    ...hallFeature({ id: 'ho-2', lon: 12.5, lat: 51.2 }),
    geometry: { type: 'Polygon', coordinates: [square(12)] },
  },
]).sites;
const sites = [plots[0]!, halls[0]!, plots[1]!, halls[1]!];

describe('GeoJSON export', () => {
  it('writes the plots as one RFC 7946 FeatureCollection of MultiPolygons, in the selection order', () => {
    const fc = plotsToGeoJson(sites, 'https://example.org/');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    expect(fc.features.map((f) => f.id)).toEqual(['plots/gf-1', 'plots/gf-2']);
    expect(new Set(fc.features.map((f) => f.geometry.type))).toEqual(new Set(['MultiPolygon']));
    expect(fc.features[0]!.geometry.coordinates).toEqual([plots[0]!.geometry.coordinates]);
    expect(fc.features[1]!.geometry.coordinates).toHaveLength(2);
    expect(fc.features[0]!.properties).toMatchObject({
      kind: 'plot',
      feature_id: 'gf-1',
      site_key: 'plots/gf-1',
    });
    expect(fc.features[0]!.properties).not.toHaveProperty('geometry');
  });

  it('writes the halls as one FeatureCollection of label points, also for a hall with a footprint', () => {
    const fc = hallsToGeoJson(sites, 'https://example.org/');
    expect(fc.features.map((f) => f.id)).toEqual(['halls/ho-1', 'halls/ho-2']);
    expect(fc.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [12.08, 51.5] },
      { type: 'Point', coordinates: [12.5, 51.2] },
    ]);
    expect(fc.features[1]!.properties).toMatchObject({
      kind: 'hall',
      feature_id: 'ho-2',
      url: 'https://example.org/sites/halls/ho-2',
    });
  });

  it('writes an empty collection for a kind the selection does not hold', () => {
    expect(hallsToGeoJson(plots, 'https://example.org/').features).toEqual([]);
  });

  it('orients exterior rings counter-clockwise and holes clockwise', () => {
    const cw = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ] as [number, number][];
    const ccw = [...cw].reverse();
    const out = rewindGeometry({ type: 'Polygon', coordinates: [cw, ccw] });
    expect(out.coordinates).toEqual([ccw, cw]);
    expect(plotGeometry({ type: 'Polygon', coordinates: [cw, ccw] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[ccw, cw]],
    });
  });
});
