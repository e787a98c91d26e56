// @vitest-environment node
/** Checks the committed output of `npm run basemap:build` (public/basemap, public/fonts, data/places.json). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, createOfflineBasemapStyle } from '../../src/lib/map/basemap-style.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const publicDir = join(repoRoot, 'public') + '/';
const dataDir = join(repoRoot, 'data') + '/';

function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => urlsIn(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => urlsIn(v, found));
  }
  return found;
}

describe('offline basemap files', () => {
  const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

  it('exist for every URL the style references, within the size budget', () => {
    const style = createOfflineBasemapStyle({ baseUrl: '/', origin: ORIGIN });
    const files = urlsIn({ s: style.sources, f: style['font-faces'] }).map((u) =>
      u.slice(`${ORIGIN}/`.length),
    );
    for (const file of files) expect(statSync(`${publicDir}${file}`).size).toBeGreaterThan(1000);
    const total = ['basemap', 'fonts']
      .flatMap((dir) =>
        readdirSync(`${publicDir}${dir}`).map((f) => statSync(`${publicDir}${dir}/${f}`).size),
      )
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('hold the 16 Länder with the three focus states and umlauted names', () => {
    const states = readJson(`${publicDir}${BASEMAP_FILES.states}`) as {
      features: Array<{ properties: { code: string; name: string; focus: boolean } }>;
    };
    expect(states.features).toHaveLength(16);
    const byCode = new Map(states.features.map((f) => [f.properties.code, f.properties] as const));
    expect(byCode.get('TH')).toMatchObject({ name: 'Thüringen', focus: true });
    expect(byCode.get('SN')?.focus).toBe(true);
    expect(byCode.get('ST')?.focus).toBe(true);
    expect(byCode.get('BY')?.focus).toBe(false);
  });

  it('hold ranked label places around the three Länder', () => {
    const places = readJson(`${publicDir}${BASEMAP_FILES.places}`) as {
      features: Array<{ properties: { name: string; rank: number; class: number } }>;
    };
    expect(places.features.length).toBeGreaterThanOrEqual(140);
    expect(places.features.length).toBeLessThanOrEqual(250);
    const names = places.features.map((f) => f.properties.name);
    expect(names).toEqual(
      expect.arrayContaining(['Leipzig', 'Dresden', 'Magdeburg', 'Erfurt', 'Weißenfels']),
    );
    expect(places.features.map((f) => f.properties.rank)).toEqual(places.features.map((_, i) => i + 1));
  });

  it('provide a gazetteer of all places in SN, ST and TH', () => {
    const gazetteer = readJson(`${dataDir}places.json`) as Array<{
      name: string;
      ags: string | null;
      state: string;
      lat: number;
      lon: number;
      population: number;
    }>;
    expect(gazetteer.length).toBeGreaterThan(1000);
    const prefix: Record<string, string> = { SN: '14', ST: '15', TH: '16' };
    for (const p of gazetteer) {
      expect(Object.keys(prefix)).toContain(p.state);
      if (p.ags !== null) expect(p.ags).toMatch(new RegExp(`^${prefix[p.state]}\\d{6}$`));
      expect(p.lat).toBeGreaterThan(50);
      expect(p.lat).toBeLessThan(53.1);
      expect(p.lon).toBeGreaterThan(9.8);
      expect(p.lon).toBeLessThan(15.1);
    }
    expect(gazetteer.find((p) => p.name === 'Leipzig')).toMatchObject({ ags: '14713000', state: 'SN' });
  });
});
