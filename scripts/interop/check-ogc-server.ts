/**
 * Reads plots and halls from any OGC API – Features server with the app's own client (link
 * following, paging, per-feature validation) and compares the counts with data/*.json.
 *
 * usage: tsx scripts/interop/check-ogc-server.ts <landing page URL> [plotsId] [hallsId]
 * Exit 0 when every feature loads and validates; 1 otherwise (with the reasons).
 */
import { readFileSync } from 'node:fs';
import { discoverCollections, fetchAllPages, itemsUrlOf } from '../../src/lib/api/ogc-client';
import { validateSites } from '../../src/lib/sites/validate-sites';

const [landing, plotsId = 'plots', hallsId = 'halls'] = process.argv.slice(2);
if (!landing) {
  console.error('usage: tsx scripts/interop/check-ogc-server.ts <landing page URL> [plotsId] [hallsId]');
  process.exit(2);
}

const expected = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../data/${file}.json`, import.meta.url), 'utf8')) as {
      features: unknown[];
    }
  ).features.length;

let failures = 0;
const collections = await discoverCollections(landing);
console.log(`${landing}: collections ${collections.map((c) => c.id).join(', ')}`);
for (const [id, kind, file] of [
  [plotsId, 'plot', 'plots'],
  [hallsId, 'hall', 'halls'],
] as const) {
  const { features, incomplete } = await fetchAllPages(itemsUrlOf(collections, id, landing));
  const { sites, invalid } = validateSites(id, kind, features);
  const want = expected(file);
  const ids = sites.slice(0, 3).map((s) => s.featureId);
  console.log(
    `${id}: ${features.length} features read (data/${file}.json: ${want}), ${sites.length} valid, ` +
      `${invalid.length} invalid${incomplete ? ', paging incomplete' : ''}; ids e.g. ${ids.join(', ')}`,
  );
  for (const r of invalid.slice(0, 5))
    console.log(`  invalid ${r.collectionId}/${r.featureId ?? '?'}: ${r.reason}`);
  if (features.length !== want || sites.length !== want || incomplete) failures++;
}
process.exit(failures === 0 ? 0 : 1);
