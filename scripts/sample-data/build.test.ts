// @vitest-environment node
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { hallFeatureSchema, plotFeatureSchema } from '../../src/contract/feature-schemas';
import { buildSampleData } from './build';
import { MUNICIPALITIES } from './municipalities';
import { loadParks } from './park-table';
import { boxesTouch, placeBox, shapeInBox, type Box } from './plot-geometry';
import { createRng } from './prng';
import { readParks } from './reference';

describe('plot geometry', () => {
  it('keeps shapes inside their box, counter-clockwise and closed', () => {
    const box: Box = { west: 12, south: 51, east: 12.01, north: 51.006 };
    const rng = createRng(3);
    for (let i = 0; i < 50; i++) {
      const { ring, areaM2 } = shapeInBox(box, rng, i % 2 === 0);
      expect(ring[0]).toEqual(ring.at(-1));
      expect([5, 6]).toContain(ring.length);
      for (const [x, y] of ring)
        expect(x >= box.west && x <= box.east && y >= box.south && y <= box.north).toBe(true);
      const signed = ring.slice(1).reduce((s, [x, y], k) => {
        const [px, py] = ring[k] as [number, number];
        return s + (px * y - x * py);
      }, 0);
      expect(signed).toBeGreaterThan(0);
      expect(areaM2).toBeGreaterThan(0);
    }
  });

  it('places boxes that do not touch the taken ones', () => {
    const rng = createRng(5);
    const taken: Box[] = [];
    for (let i = 0; i < 20; i++) {
      const box = placeBox(51.4, 12.3, 300, 200, taken, rng, 800);
      expect(box).not.toBeNull();
      for (const t of taken) expect(boxesTouch(t, box as Box)).toBe(false);
      taken.push(box as Box);
    }
  });
});

describe('park table', () => {
  const parks = loadParks();

  it('has one profile per park in SN/ST/TH and leaves Brandenburg out', () => {
    const rows = readParks();
    expect(parks).toHaveLength(rows.filter((r) => r.state !== 'BB').length);
    expect(parks.some((p) => p.row.state === 'BB')).toBe(false);
  });

  it('gives a border park the state of its centroid municipality', () => {
    const airportpark = parks.find((p) => p.row.state === 'SN/ST');
    expect(airportpark?.state).toBe('ST');
  });

  it('uses real municipality keys: 8 digits, state prefix matching the state', () => {
    const prefix = { SN: '14', ST: '15', TH: '16' };
    for (const m of MUNICIPALITIES) expect(m.ags).toMatch(new RegExp(`^${prefix[m.state]}\\d{6}$`));
    expect(MUNICIPALITIES.find((m) => m.name === 'Leipzig')?.ags).toBe('14713000');
    expect(MUNICIPALITIES.find((m) => m.name === 'Halle (Saale)')?.ags).toBe('15002000');
    expect(MUNICIPALITIES.find((m) => m.name === 'Schkeuditz')?.ags).toBe('14730270');
  });
});

describe('sample data build', () => {
  const { parks, plots, halls, news, projects } = buildSampleData();

  it('makes at least 150 valid plots, 1 to 8 per park', () => {
    expect(plots.length).toBeGreaterThanOrEqual(150);
    for (const p of plots) expect(plotFeatureSchema.safeParse(p).success).toBe(true);
    const perPark = new Map<string, number>();
    for (const p of plots)
      perPark.set(String(p.properties.park), (perPark.get(String(p.properties.park)) ?? 0) + 1);
    expect(perPark.size).toBe(parks.length);
    for (const n of perPark.values()) expect(n >= 1 && n <= 8).toBe(true);
  });

  it('makes at least 60 valid halls including all 17 reference halls', () => {
    expect(halls.length).toBeGreaterThanOrEqual(60);
    for (const h of halls) expect(hallFeatureSchema.safeParse(h).success).toBe(true);
    const names = halls.map((h) => h.properties.name);
    expect(names).toContain('Logistikpark „The Space“ (BentallGreenOak)');
    expect(names.filter((n) => !String(n).endsWith('(Beispiel)'))).toHaveLength(17);
  });

  it('puts no hall inside a plot', () => {
    for (const h of halls) {
      for (const p of plots) expect(booleanPointInPolygon(h.geometry.coordinates, p.geometry)).toBe(false);
    }
  });

  it('is deterministic', () => {
    const again = buildSampleData();
    expect(JSON.stringify([again.plots, again.halls])).toBe(JSON.stringify([plots, halls]));
  });

  it('writes enough news and projects with the expected ids', () => {
    expect(news.length).toBeGreaterThanOrEqual(10);
    expect(projects.length).toBeGreaterThanOrEqual(12);
    for (const n of news) expect(n.id).toMatch(/^news-/);
    for (const p of projects) expect(p.id).toMatch(/^proj-/);
    for (const n of news)
      expect(n.properties.date >= '2016-01-01' && n.properties.date <= '2026-12-31').toBe(true);
  });
});
