// @vitest-environment node
/**
 * CSV export at scale: 100,000 synthetic sites (npm run data:synth's generator, seed 1), both
 * dialects, all columns (~37 MB). Budget: ≤ 1 s per export. Run: npm run bench -- csv-export.
 * Medians and the longest slice of the UI path: scripts/measure/csv-export-median.ts.
 */
import { bench, describe } from 'vitest';
import { sitesToCsv, sitesToCsvBlob, sitesToCsvBytes } from '@/features/export/csv-export';
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
const options = { iterations: 10, warmupIterations: 2 };

describe(`CSV export of ${sites.length.toLocaleString('en')} sites`, () => {
  for (const dialect of Object.values(DIALECTS)) {
    bench(
      `${dialect.id}: UI path, ~25 ms slices into a Blob`,
      async () => {
        await sitesToCsvBlob(sites, dialect, BASE);
      },
      options,
    );
    bench(
      `${dialect.id}: one byte buffer`,
      () => {
        sitesToCsvBytes(sites, dialect, BASE);
      },
      options,
    );
    bench(
      `${dialect.id}: one string`,
      () => {
        sitesToCsv(sites, dialect, BASE);
      },
      options,
    );
  }
});
