/**
 * Writes the small outline of Sachsen, Sachsen-Anhalt and Thüringen that the news and projects
 * pages and the map preview draw as inline SVG (src/lib/map/region-outline.json), from the
 * offline basemap's state polygons (public/basemap/states.json). Points closer than MIN_STEP
 * degrees to the last kept one are dropped; coordinates are rounded to 3 decimals.
 *
 *   npx tsx scripts/build-locator-outline.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeText } from './sample-data/write-json';

const MIN_STEP = 0.035;
const STATES = ['SN', 'ST', 'TH'];

type Ring = [number, number][];
interface StateFeature {
  properties: { code: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

function thin(ring: Ring): Ring {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(lon - last[0], lat - last[1]) >= MIN_STEP) out.push([round(lon), round(lat)]);
  }
  return out.length >= 4 ? out : [];
}

const src = fileURLToPath(new URL('../public/basemap/states.json', import.meta.url));
const out = fileURLToPath(new URL('../src/lib/map/region-outline.json', import.meta.url));
const { features } = JSON.parse(readFileSync(src, 'utf8')) as { features: StateFeature[] };
const states = features
  .filter((f) => STATES.includes(f.properties.code))
  .map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons.map((p) => thin(p[0]!)).filter((r) => r.length > 0);
    return { code: f.properties.code, rings };
  });
writeText(out, `${JSON.stringify(states)}\n`);
console.log(
  `region-outline.json: ${states.map((s) => `${s.code} ${s.rings.flat().length} points`).join(', ')}`,
);
