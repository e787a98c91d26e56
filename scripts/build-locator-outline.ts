/**
 * Writes the small outline of Sachsen, Sachsen-Anhalt and Thüringen that the news and projects
 * pages and the map preview draw as inline SVG (src/lib/map/region-outline.json), from the
 * offline basemap's state polygons (public/basemap/states.json). Points closer than MIN_STEP
 * degrees to the last kept one are dropped, along the Länder's shared borders the same ones on
 * both sides (basemap/thin-outlines.ts); coordinates are rounded to 3 decimals.
 *
 *   npx tsx scripts/build-locator-outline.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Ring, thinOutlines } from './basemap/thin-outlines';
import { writeText } from './sample-data/write-json';

const MIN_STEP = 0.035;
const STATES = ['SN', 'ST', 'TH'];

interface StateFeature {
  properties: { code: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

const src = fileURLToPath(new URL('../public/basemap/states.json', import.meta.url));
const out = fileURLToPath(new URL('../src/lib/map/region-outline.json', import.meta.url));
const { features } = JSON.parse(readFileSync(src, 'utf8')) as { features: StateFeature[] };
const picked = features
  .filter((f) => STATES.includes(f.properties.code))
  .map((f) => ({
    code: f.properties.code,
    outer: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map(
      (p) => p[0]!,
    ),
  }));
const thinned = thinOutlines(
  picked.flatMap((s) => s.outer),
  MIN_STEP,
);
let next = 0;
const states = picked.map((s) => ({
  code: s.code,
  rings: s.outer
    .map(() => thinned[next++]!)
    .filter((r) => r.length > 0)
    .map((r) => r.map(([lon, lat]): [number, number] => [round(lon), round(lat)])),
}));
writeText(out, `${JSON.stringify(states)}\n`);
console.log(
  `region-outline.json: ${states.map((s) => `${s.code} ${s.rings.flat().length} points`).join(', ')}`,
);
