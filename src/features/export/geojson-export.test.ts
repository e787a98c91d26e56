import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { rewindGeometry, sitesToGeoJson } from './geojson-export';

describe('GeoJSON export', () => {
  it('writes an RFC 7946 FeatureCollection with site keys, properties and deep links', () => {
    const plots = validateSites('plots', 'plot', [plotFeature({ id: 'gf-1' })]).sites;
    const halls = validateSites('halls', 'hall', [hallFeature({ id: 'ho-1' })]).sites;
    const fc = sitesToGeoJson([...plots, ...halls], 'https://example.org/');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    expect(fc.features.map((f) => f.id)).toEqual(['plots/gf-1', 'halls/ho-1']);
    expect(fc.features[1]).toMatchObject({
      geometry: { type: 'Point', coordinates: [12.08, 51.5] },
      properties: { kind: 'hall', feature_id: 'ho-1', url: 'https://example.org/sites/halls/ho-1' },
    });
    expect(fc.features[0]!.properties).not.toHaveProperty('geometry');
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
  });
});
