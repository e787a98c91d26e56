// @vitest-environment node
/**
 * Validating sites: zod's `safeParse` (jitless, as under the production CSP) against the fast
 * path derived from the same schemas (`src/contract/fast-parse.ts`), on 10,000 synthetic sites
 * (data:synth generator, seed 1), per collection. Run: npx vitest bench --run bench/validate-sites.bench.ts.
 * Results: docs/performance.md ("Validation fast path").
 */
import { bench, describe } from 'vitest';
import { z } from '@/contract/zod';
import { hallFeatureSchema, plotFeatureSchema } from '@/contract/feature-schemas';
import { fastSafeParse } from '@/contract/fast-parse';
import { validateSites } from '@/lib/sites/validate-sites';
import { generateSyntheticSites } from '../scripts/sample-data/synth';

z.config({ jitless: true });
const data = generateSyntheticSites(10_000, 1);
const collections = [
  { label: `plots (${data.plots.length})`, schema: plotFeatureSchema, features: data.plots as unknown[] },
  { label: `halls (${data.halls.length})`, schema: hallFeatureSchema, features: data.halls as unknown[] },
];

for (const { label, schema, features } of collections) {
  const fast = fastSafeParse(schema);
  describe(`validate ${label} records`, () => {
    bench('zod safeParse (jitless)', () => {
      for (const f of features) schema.safeParse(f);
    });
    bench('fast path', () => {
      for (const f of features) fast(f);
    });
  });
}

describe('validateSites, all 10,000 sites (fast path + site objects)', () => {
  bench('validateSites', () => {
    validateSites('plots', 'plot', data.plots);
    validateSites('halls', 'hall', data.halls);
  });
});
