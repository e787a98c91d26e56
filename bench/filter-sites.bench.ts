// @vitest-environment node
/**
 * Filter engine at national scale: 100,000 synthetic sites (npm run data:synth's generator,
 * seed 1), validated at the edge once, then filtered per URL. Run: npm run bench.
 * Results and the machine they ran on: docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { countByKind, filterSites } from '@/features/search/filter-sites';
import { validateSites } from '@/lib/sites/validate-sites';
import { generateSyntheticSites } from '../scripts/sample-data/synth';

const data = generateSyntheticSites(100_000, 1);
const plots = validateSites('plots', 'plot', data.plots);
const halls = validateSites('halls', 'hall', data.halls);
const sites = [...plots.sites, ...halls.sites];
if (sites.length !== 100_000) throw new Error(`expected 100,000 valid sites, got ${sites.length}`);

describe(`filterSites over ${sites.length.toLocaleString('en')} sites`, () => {
  bench('no filter (all listed sites)', () => {
    countByKind(filterSites(sites, {}));
  });
  bench('kind=plots&area_min=20000&area_max=500000&state=SN,ST', () => {
    countByKind(
      filterSites(sites, { kind: 'plots', area_min: 20000, area_max: 500000, state: ['SN', 'ST'] }),
    );
  });
});

describe('validation at the edge', () => {
  const sample = data.plots.slice(0, 10_000);
  bench('validateSites, 10,000 plots', () => {
    validateSites('plots', 'plot', sample);
  });
});
