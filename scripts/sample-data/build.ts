import { buildEvents, buildNews, buildProjects } from './context-features';
import { buildHalls, joinReferenceHalls } from './halls';
import { AIRPORTS, JUNCTIONS } from './infrastructure';
import { loadParks } from './park-table';
import { boxAround } from './plot-geometry';
import { buildPlots } from './plots';
import { readHalls } from './reference';
import { withListedSince } from './listed-since';
import { withProfiles } from './site-profile';
import { withEnglishTexts } from './site-texts-en';

const listed = <F extends { id: string; properties: { data_as_of: string } }>(features: F[]): F[] =>
  features.map((f) => ({ ...f, properties: withListedSince(f.id, f.properties) }));

/** All sample collections, built from the reference files in data/reference/. */
export function buildSampleData() {
  const parks = loadParks();
  const hallRows = readHalls();
  // Keep the land of the reference halls free of plots: a square of about twice the hall area.
  const hallLand = joinReferenceHalls(hallRows).map(({ row, spec }) => {
    const side = Math.sqrt(spec.plotM2 ?? (spec.areaM2 ?? 10_000) * 2);
    return boxAround(row.lat, row.lon, side, side);
  });
  const plots = buildPlots(parks, JUNCTIONS, AIRPORTS, hallLand);
  const halls = buildHalls(parks, hallRows, plots, JUNCTIONS, AIRPORTS);
  return {
    parks,
    plots: withEnglishTexts(listed(withProfiles(plots))),
    halls: withEnglishTexts(listed(withProfiles(halls))),
    news: buildNews(),
    projects: buildProjects(),
    events: buildEvents(),
    junctions: JUNCTIONS,
    airports: AIRPORTS,
  };
}
