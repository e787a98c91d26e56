/**
 * Writes the schematic context layers of the offline basemap (Autobahn, rail, water,
 * districts) and its sprite from curated facts in the repo; see scripts/basemap/README.md.
 *
 *   npm run basemap:schematic
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schematicLayers } from './basemap/schematic/layers';
import { shieldSprite } from './basemap/schematic/sprite';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${root}/${path}`, 'utf8')) as T;

const layers = schematicLayers(root, {
  junctions: read('data/junctions.json'),
  places: read('data/places.json'),
  districts: read('data/districts.json'),
  states: read<{ features: never[] }>('public/basemap/states.json').features,
});
for (const [file, features] of Object.entries(layers)) {
  const json = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(`${root}/public/basemap/${file}.json`, `${json}\n`);
  console.log(
    `public/basemap/${file}.json: ${features.length} features, ${(json.length / 1024).toFixed(0)} KB`,
  );
}
for (const scale of [1, 2] as const) {
  const { png, json } = shieldSprite(scale);
  const name = scale === 1 ? 'sprite' : 'sprite@2x';
  writeFileSync(`${root}/public/basemap/${name}.png`, png);
  writeFileSync(`${root}/public/basemap/${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
}
