// @vitest-environment node
import distance from '@turf/distance';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isCity } from './schematic/districts';
import { schematicLayers } from './schematic/layers';
import { SHIELD_ID } from './schematic/sprite';

/** The committed schematic context layers (public/basemap/*.json) hold what the issue asks. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${root}/${path}`, 'utf8')) as T;
const layer = (name: string) => read<FeatureCollection>(`public/basemap/${name}.json`).features;
const junctions =
  read<{ id: string; name: string; autobahn: string; lon: number; lat: number }[]>('data/junctions.json');
const lines = (features: Feature[]) =>
  features.filter((f): f is Feature<LineString> => f.geometry.type === 'LineString');
const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' });
const nearestKm = (line: Feature<LineString>, p: number[]) =>
  Math.min(...line.geometry.coordinates.map((c) => km(c, p)));
const lengthKm = (line: Feature<LineString>) =>
  line.geometry.coordinates.slice(1).reduce((s, c, i) => s + km(line.geometry.coordinates[i]!, c), 0);

describe('schematic basemap files', () => {
  it('are what the curated definitions build (npm run basemap:schematic after a change)', () => {
    const built = schematicLayers(root, {
      junctions,
      places: read('data/places.json'),
      districts: read('data/districts.json'),
      states: read<{ features: never[] }>('public/basemap/states.json').features,
    });
    for (const [name, features] of Object.entries(built))
      expect(JSON.parse(JSON.stringify(features)), name).toEqual(layer(name));
  });

  it('draw every Autobahn with a junction through each of its junctions', () => {
    const motorways = lines(layer('motorways'));
    for (const ref of ['A2', 'A4', 'A9', 'A14', 'A17', 'A38', 'A71', 'A72', 'A73', 'A143'])
      expect(motorways.map((m) => m.properties?.ref)).toContain(ref);
    for (const j of junctions) {
      const own = motorways.filter((m) => m.properties?.ref === j.autobahn);
      expect(own.length, j.id).toBeGreaterThan(0);
      expect(Math.min(...own.map((m) => nearestKm(m, [j.lon, j.lat]))), j.id).toBeLessThan(0.01);
    }
  });

  it('run main rail lines through the six big cities', () => {
    const rail = lines(layer('rail'));
    const places = read<{ name: string; lon: number; lat: number }[]>('data/places.json');
    for (const city of ['Leipzig', 'Halle (Saale)', 'Magdeburg', 'Dresden', 'Erfurt', 'Chemnitz']) {
      const p = places.find((x) => x.name === city)!;
      const through = rail.filter((r) => nearestKm(r, [p.lon, p.lat]) < 0.5);
      expect(through.length, city).toBeGreaterThanOrEqual(2);
    }
  });

  it('show the major rivers along their length and the larger lakes', () => {
    const water = layer('water');
    const rivers = lines(water);
    for (const name of ['Elbe', 'Saale', 'Mulde', 'Weiße Elster', 'Unstrut']) {
      const river = rivers.find((r) => r.properties?.name === name);
      expect(river, name).toBeDefined();
      expect(lengthKm(river!), name).toBeGreaterThan(80);
    }
    const lakes = water.filter((f): f is Feature<Polygon> => f.geometry.type === 'Polygon');
    expect(lakes.length).toBeGreaterThanOrEqual(10);
    for (const lake of lakes) {
      const ring = lake.geometry.coordinates[0]!;
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });

  it('outline the districts and name every Landkreis', () => {
    const features = layer('districts');
    const boundaries = lines(features);
    expect(boundaries.length).toBeGreaterThan(200);
    for (const b of boundaries)
      for (const [lon, lat] of b.geometry.coordinates) {
        expect(lon).toBeGreaterThan(9.8);
        expect(lon).toBeLessThan(15.1);
        expect(lat).toBeGreaterThan(50.1);
        expect(lat).toBeLessThan(53.1);
      }
    const labels = features.filter((f): f is Feature<Point> => f.geometry.type === 'Point');
    const landkreise = read<{ key: string }[]>('data/districts.json').filter((d) => !isCity(d.key));
    expect(labels.map((l) => l.properties?.key).sort()).toEqual(landkreise.map((d) => d.key).sort());
  });

  it('come with a sprite whose images match their index at 1x and 2x', () => {
    for (const [name, ratio] of [
      ['sprite', 1],
      ['sprite@2x', 2],
    ] as const) {
      const index = read<Record<string, { width: number; height: number; pixelRatio: number }>>(
        `public/basemap/${name}.json`,
      );
      const png = readFileSync(`${root}/public/basemap/${name}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(index[SHIELD_ID]?.pixelRatio).toBe(ratio);
      expect(png.readUInt32BE(16)).toBe(index[SHIELD_ID]!.width);
      expect(png.readUInt32BE(20)).toBe(index[SHIELD_ID]!.height);
    }
  });
});
