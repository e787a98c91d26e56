// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hallFeatureSchema, plotFeatureSchema } from '../../src/contract/feature-schemas';
import { checkAreaOrder, checkPolygonAreas } from '../data-checks/area-rules';
import { checkUniqueIds } from '../data-checks/collection-rules';
import { checkDistances } from '../data-checks/distance-rules';
import { checkInRegion, checkLatLonNearGeometry } from '../data-checks/position-rules';
import { checkGridPower } from '../data-checks/power-rules';
import { validateCollection } from '../data-checks/schema-rules';
import { parseSynthArgs } from '../synth-data';
import { AIRPORTS, JUNCTIONS } from './infrastructure';
import { generateSyntheticSites } from './synth';

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('generateSyntheticSites', () => {
  const data = generateSyntheticSites(3000, 7);
  const plots = validateCollection('plots', fc(data.plots), plotFeatureSchema);
  const halls = validateCollection('halls', fc(data.halls), hallFeatureSchema);
  const sites = [...plots.features, ...halls.features];

  it('makes the requested number of sites, about 70 % plots', () => {
    expect(data.plots.length + data.halls.length).toBe(3000);
    expect(data.plots.length / 3000).toBeGreaterThan(0.65);
    expect(data.plots.length / 3000).toBeLessThan(0.75);
  });

  it('validates against the contract schemas', () => {
    expect(plots.issues).toEqual([]);
    expect(halls.issues).toEqual([]);
  });

  it('keeps the consistency rules of the sample data', () => {
    expect(checkPolygonAreas(plots.features)).toEqual([]);
    expect(checkAreaOrder(sites)).toEqual([]);
    expect(checkInRegion(sites)).toEqual([]);
    expect(checkLatLonNearGeometry(sites)).toEqual([]);
    expect(checkDistances(sites, JUNCTIONS, AIRPORTS)).toEqual([]);
    expect(checkGridPower(sites)).toEqual([]);
    expect(
      checkUniqueIds(
        'plots',
        plots.features.map((f) => f.id),
      ),
    ).toEqual([]);
    expect(
      checkUniqueIds(
        'halls',
        halls.features.map((f) => f.id),
      ),
    ).toEqual([]);
  });

  it('uses polygons of 4 or 5 corners and spreads over the three Länder', () => {
    for (const p of data.plots) {
      const ring = p.geometry.type === 'Polygon' ? p.geometry.coordinates[0] : [];
      expect([5, 6]).toContain(ring?.length);
    }
    expect(new Set(sites.map((s) => s.properties.state))).toEqual(new Set(['SN', 'ST', 'TH']));
  });

  it('gives most sites a grid capacity (power_mva) and leaves some unknown', () => {
    for (const kind of [plots.features, halls.features]) {
      const known = kind.filter((f) => f.properties.power_mva !== null).length / kind.length;
      expect(known).toBeGreaterThan(0.75);
      expect(known).toBeLessThan(0.95);
    }
  });

  it('is deterministic per seed', () => {
    expect(JSON.stringify(generateSyntheticSites(200, 7))).toBe(
      JSON.stringify(generateSyntheticSites(200, 7)),
    );
    expect(JSON.stringify(generateSyntheticSites(200, 8))).not.toBe(
      JSON.stringify(generateSyntheticSites(200, 7)),
    );
  });
});

describe('parseSynthArgs', () => {
  it('reads --count, --seed and --out in both spellings, with defaults', () => {
    expect(parseSynthArgs([])).toEqual({ count: 100_000, seed: 1, out: null });
    expect(parseSynthArgs(['--count', '500', '--seed=3', '--out', 'x.json'])).toEqual({
      count: 500,
      seed: 3,
      out: 'x.json',
    });
  });

  it('rejects a bad count', () => {
    expect(() => parseSynthArgs(['--count', 'viele'])).toThrow(/--count must be an integer/);
    expect(() => parseSynthArgs(['--count', '0'])).toThrow(/≥ 1/);
  });
});
