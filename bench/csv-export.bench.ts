// @vitest-environment node
/**
 * CSV export at scale: 100,000 synthetic sites (npm run data:synth's generator, seed 1), both
 * dialects, all columns. Budget: ≤ 1 s per export. Run: npm run bench -- csv-export.
 */
import { bench, describe } from 'vitest';
import { sitesToCsv, sitesToCsvParts } from '@/features/export/csv-export';
import { DIALECTS } from '@/features/export/csv-writer';
import { validateSites } from '@/lib/sites/validate-sites';
import { generateSyntheticSites } from '../scripts/sample-data/synth';

const data = generateSyntheticSites(100_000, 1);
const sites = [
  ...validateSites('plots', 'plot', data.plots).sites,
  ...validateSites('halls', 'hall', data.halls).sites,
];
if (sites.length !== 100_000) throw new Error(`expected 100,000 valid sites, got ${sites.length}`);
const BASE = 'https://standorte.example.org/';

describe(`CSV export of ${sites.length.toLocaleString('en')} sites`, () => {
  bench('Excel (Deutsch), one string', () => {
    sitesToCsv(sites, DIALECTS['excel-de'], BASE);
  });
  bench('Standard, one string', () => {
    sitesToCsv(sites, DIALECTS.standard, BASE);
  });
  bench('Excel (Deutsch), in chunks of 5,000 with a yield between them', async () => {
    await sitesToCsvParts(sites, DIALECTS['excel-de'], BASE);
  });
});
