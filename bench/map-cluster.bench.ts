// @vitest-environment node
/**
 * Map clustering per update: grid clusters from typed columns for the whole
 * region at zoom 7 and a city view at zoom 10, for all 100k synthetic sites and for the
 * named plots query's results, against supercluster-style alternatives we did not take:
 * building a fresh MapLibre GeoJSON of all matching points (what `setData` would be handed).
 * Run: npm run bench -- map-cluster. Results: docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { clusterSites } from '@/lib/map/cluster/grid-cluster';
import { buildMapSiteSet } from '@/lib/map/cluster/map-site-set';
import { LEIPZIG, NAMED_QUERIES, syntheticSites } from './named-queries';

const REGION = { zoom: 7, bounds: [9.8, 50.1, 15.1, 53.1] as const };
const CITY = { zoom: 10, bounds: [12.1, 51.2, 12.6, 51.45] as const };

for (const count of [10_000, 100_000]) {
  const sites = syntheticSites(count);
  const set = buildMapSiteSet(sites);
  const all = Uint32Array.from(sites.keys());
  const index = buildSiteIndex(sites);
  const plots = runQuery(index, decodeSearch(parseQueryString(NAMED_QUERIES.plots)).params, {
    today: dayNumber('2026-11-27'),
    nearPoint: LEIPZIG,
  }).ids;
  const label = count.toLocaleString('en');

  describe(`map update, all ${label} sites`, () => {
    bench('grid clusters, region (zoom 7)', () => {
      clusterSites(set, all, REGION);
    });
    bench('grid clusters, city (zoom 10)', () => {
      clusterSites(set, all, CITY);
    });
    bench('baseline: a GeoJSON point per site', () => {
      sites.map((s) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
        properties: { key: s.key, kind: s.kind },
      }));
    });
  });

  describe(`map update, plots query on ${label} sites (${plots.length} results)`, () => {
    bench('grid clusters, region (zoom 7)', () => {
      clusterSites(set, plots, REGION);
    });
  });
}
