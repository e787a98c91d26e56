// @vitest-environment node
/**
 * Building the search index (typed columns, KD-tree, key order) of 10,000 and 100,000 synthetic
 * sites: the work between the last items page and the full count (issue 22). Each iteration
 * builds from a fresh array, so nothing comes from the index cache.
 * Run: npm run bench -- site-index. Results: docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { buildSiteIndex } from '@/lib/search/engine/site-index';
import { syntheticSites } from './named-queries';

for (const count of [10_000, 100_000]) {
  const sites = syntheticSites(count);
  describe(`index build, ${count.toLocaleString('en')} sites`, () => {
    bench('buildSiteIndex', () => {
      buildSiteIndex(sites.slice());
    });
  });
}
