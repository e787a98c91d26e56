/**
 * Builds the sample data in data/ from the reference facts in data/reference/ (see data/README.md).
 * Deterministic: seeded random numbers only, so a rebuild writes the same bytes.
 *
 *   npm run data:build
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNews, buildProjects } from './sample-data/context-features';
import { buildHalls, joinReferenceHalls } from './sample-data/halls';
import { AIRPORTS, JUNCTIONS } from './sample-data/infrastructure';
import { loadParks } from './sample-data/park-table';
import { boxAround } from './sample-data/plot-geometry';
import { buildPlots } from './sample-data/plots';
import { readHalls } from './sample-data/reference';
import { arrayText, featureCollectionText, writeText } from './sample-data/write-json';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

function main(): void {
  const parks = loadParks();
  const hallRows = readHalls();
  // Keep the land of the reference halls free of plots: a square of about twice the hall area.
  const hallLand = joinReferenceHalls(hallRows).map(({ row, spec }) => {
    const side = Math.sqrt(spec.plotM2 ?? (spec.areaM2 ?? 10_000) * 2);
    return boxAround(row.lat, row.lon, side, side);
  });
  const plots = buildPlots(parks, JUNCTIONS, AIRPORTS, hallLand);
  const halls = buildHalls(parks, hallRows, plots, JUNCTIONS, AIRPORTS);
  const news = buildNews();
  const projects = buildProjects();

  const out = (name: string, text: string) => writeText(join(DATA_DIR, name), text);
  out('plots.json', featureCollectionText(plots));
  out('halls.json', featureCollectionText(halls));
  out('news.json', featureCollectionText(news));
  out('projects.json', featureCollectionText(projects));
  out('junctions.json', arrayText(JUNCTIONS));
  out('airports.json', arrayText(AIRPORTS));

  const perState = (items: readonly { properties: { state: string } }[]) =>
    ['SN', 'ST', 'TH'].map((s) => `${s} ${items.filter((i) => i.properties.state === s).length}`).join(', ');
  console.log(`plots.json     ${plots.length} plots (${perState(plots)}) in ${parks.length} parks`);
  console.log(`halls.json     ${halls.length} halls (${perState(halls)})`);
  console.log(`news.json      ${news.length} news items`);
  console.log(`projects.json  ${projects.length} projects`);
  console.log(`junctions.json ${JUNCTIONS.length} junctions, airports.json ${AIRPORTS.length} airports`);
}

main();
