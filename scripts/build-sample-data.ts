/**
 * Builds the sample data in data/ from the reference facts in data/reference/ (see data/README.md).
 * Deterministic: seeded random numbers only, so a rebuild writes the same bytes. Site profiles (population
 * around each site) come from data/places.json and data/districts.json (scripts/build-districts.ts).
 *
 *   npm run data:build
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleData } from './sample-data/build';
import { arrayText, featureCollectionText, writeText } from './sample-data/write-json';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

function main(): void {
  const { parks, plots, halls, news, projects, events, junctions, airports } = buildSampleData();
  const out = (name: string, text: string) => writeText(join(DATA_DIR, name), text);
  out('plots.json', featureCollectionText(plots));
  out('halls.json', featureCollectionText(halls));
  out('news.json', featureCollectionText(news));
  out('projects.json', featureCollectionText(projects));
  out('events.json', featureCollectionText(events));
  out('junctions.json', arrayText(junctions));
  out('airports.json', arrayText(airports));

  const perState = (items: readonly { properties: { state: string } }[]) =>
    ['SN', 'ST', 'TH'].map((s) => `${s} ${items.filter((i) => i.properties.state === s).length}`).join(', ');
  console.log(`plots.json     ${plots.length} plots (${perState(plots)}) in ${parks.length} parks`);
  console.log(`halls.json     ${halls.length} halls (${perState(halls)})`);
  console.log(`news.json      ${news.length} news items`);
  console.log(`projects.json  ${projects.length} projects`);
  console.log(`events.json    ${events.length} events`);
  console.log(`junctions.json ${junctions.length} junctions, airports.json ${airports.length} airports`);
}

main();
