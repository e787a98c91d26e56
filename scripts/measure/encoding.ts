/**
 * What a compact encoding of the items pages could save the page (issue 22, "an alternative
 * encoding"): the synthetic dataset as the API serves it (GeoJSON pages of 1,000 features) and as
 * column pages (the property names once a page, one array of values per property, the
 * geometries as they are), then per encoding in Node, best-of and median of `runs`:
 *  - the bytes of every page,
 *  - `JSON.parse` of every page,
 *  - GeoJSON: parse, then `validateSites` with the generated validators (what the page does now);
 *  - columns: parse, one type check per column and a range check per position, and the sites
 *    built from the columns into a template clone: a sketch of a column-wise validator that
 *    takes only canonical values (strings, finite numbers, null). It does not apply the
 *    contract's rules (enums, ranges, lenient spellings), so it is a lower bound, not a design.
 *
 *   npx tsx scripts/measure/encoding.ts [dataset, default data/synthetic/sites-100000-seed1.json] [runs, default 5]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { z } from '../../src/contract/zod';
import { loadSiteValidators, siteValidatorsInUse } from '../../src/contract/compiled-parse/site-validators';
import { validateSites } from '../../src/lib/sites/validate-sites';

z.config({ jitless: true });
const [file = 'data/synthetic/sites-100000-seed1.json', runsArg = '5'] = process.argv.slice(2);

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}
interface ColumnPage {
  ids: string[];
  geometry: Feature['geometry'][];
  columns: Record<string, unknown[]>;
}
const KINDS = [
  ['plots', 'plot'],
  ['halls', 'hall'],
] as const;
const PAGE = 1000;

const data = JSON.parse(readFileSync(file, 'utf8')) as Record<'plots' | 'halls', { features: Feature[] }>;
const pages = <T>(features: Feature[], page: (slice: Feature[]) => T): string[] => {
  const out: string[] = [];
  for (let i = 0; i < features.length; i += PAGE) out.push(JSON.stringify(page(features.slice(i, i + PAGE))));
  return out;
};
const geojsonPage = (features: Feature[]) => ({ type: 'FeatureCollection', features });
function columnPage(features: Feature[]): ColumnPage {
  const keys = Object.keys(features[0]!.properties);
  const columns = Object.fromEntries(keys.map((k) => [k, features.map((f) => f.properties[k] ?? null)]));
  return { ids: features.map((f) => f.id), geometry: features.map((f) => f.geometry), columns };
}
const geojson = KINDS.map(([name]) => pages(data[name].features, geojsonPage));
const columns = KINDS.map(([name]) => pages(data[name].features, columnPage));

/** Values of one column that are neither null nor of the column's type (numbers: finite). */
function badValues(values: unknown[]): number {
  const type = typeof values.find((v) => v !== null);
  let bad = 0;
  for (const v of values)
    if (v !== null && (typeof v !== type || (type === 'number' && !Number.isFinite(v)))) bad++;
  return bad;
}
const inRange = (p: unknown) => {
  const [lon, lat] = p as [number, number];
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
};
/** Positions outside longitude/latitude range (points and polygons). */
function badPositions(geometries: Feature['geometry'][]): number {
  let bad = 0;
  for (const g of geometries) {
    if (g.type === 'Point') bad += inRange(g.coordinates) ? 0 : 1;
    else for (const ring of g.coordinates as unknown[][]) for (const p of ring) bad += inRange(p) ? 0 : 1;
  }
  return bad;
}
function sitesFromColumns(collectionId: string, page: ColumnPage): object[] {
  const keys = Object.keys(page.columns);
  const address = ['key', 'collectionId', 'featureId', 'geometry'];
  const template = JSON.parse(
    JSON.stringify(Object.fromEntries([...address, ...keys].map((k) => [k, null]))),
  );
  const sites = new Array<object>(page.ids.length);
  for (let i = 0; i < page.ids.length; i++) {
    const site = { ...template } as Record<string, unknown>;
    site.key = `${collectionId}/${page.ids[i]}`;
    site.collectionId = collectionId;
    site.featureId = page.ids[i];
    site.geometry = page.geometry[i];
    for (const k of keys) site[k] = page.columns[k]![i];
    sites[i] = site;
  }
  return sites;
}

const ways: [string, () => unknown][] = [
  ['JSON.parse, GeoJSON', () => geojson.forEach((kind) => kind.forEach((text) => JSON.parse(text)))],
  ['JSON.parse, columns', () => columns.forEach((kind) => kind.forEach((text) => JSON.parse(text)))],
  [
    'GeoJSON: parse + validateSites (now)',
    () =>
      KINDS.forEach(([name, kind], k) =>
        geojson[k]!.forEach((text) =>
          validateSites(name, kind, (JSON.parse(text) as { features: unknown[] }).features),
        ),
      ),
  ],
  [
    'columns: parse + checks + sites (sketch)',
    () =>
      KINDS.forEach(([name], k) =>
        columns[k]!.forEach((text) => {
          const page = JSON.parse(text) as ColumnPage;
          for (const values of Object.values(page.columns)) badValues(values);
          badPositions(page.geometry);
          sitesFromColumns(name, page);
        }),
      ),
  ],
];

await loadSiteValidators();
console.log(`validators: ${siteValidatorsInUse()}; ${file}`);
const megabytes = (texts: string[][]) => (texts.flat().reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1);
console.log(`bytes: GeoJSON ${megabytes(geojson)} MB, columns ${megabytes(columns)} MB`);
const times = new Map<string, number[]>(ways.map(([name]) => [name, []]));
for (let run = 0; run < Number(runsArg); run++)
  for (const [name, way] of ways) {
    const start = performance.now();
    way();
    times.get(name)!.push(performance.now() - start);
  }
for (const [name, ms] of times) {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`${name.padEnd(42)} best ${sorted[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms`);
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
