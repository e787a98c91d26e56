/**
 * zod's `safeParse` (jitless, as under the production CSP) against the fast path of
 * `src/contract/fast-parse.ts` and the generated validators (`src/contract/compiled-parse/`),
 * interleaved run by run on the same records; prints the best of
 * the runs per record and the load (the best is the steadiest figure on a shared machine).
 *
 *   npx tsx scripts/measure/validation.ts [dataset, default data/synthetic/sites-10000-seed1.json] [runs, default 15]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { z } from '../../src/contract/zod';
import { hallFeatureSchema, plotFeatureSchema } from '../../src/contract/feature-schemas';
import { fastPathOnly } from '../../src/contract/fast-parse';
import { compileSiteValidators } from '../../src/contract/compiled-parse/compiled-site-validators';
import { siteWalk } from '../../src/contract/compiled-parse/site-validators';

z.config({ jitless: true });
const [file = 'data/synthetic/sites-10000-seed1.json', runsArg = '15'] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8')) as Record<'plots' | 'halls', { features: unknown[] }>;

function bestOf(runs: number, parse: (raw: unknown) => unknown, records: unknown[]): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const r of records) parse(r);
    best = Math.min(best, performance.now() - start);
  }
  return (best * 1000) / records.length;
}

const generated = compileSiteValidators(siteWalk());
if (!generated) throw new Error('the generated validators are stale: npm run contract:gen');
for (const [name, schema, entry] of [
  ['plots', plotFeatureSchema, 'plot'],
  ['halls', hallFeatureSchema, 'hall'],
] as const) {
  const records = data[name].features;
  const fast = fastPathOnly(schema);
  const best = { fast: Infinity, zod: Infinity, generated: Infinity };
  for (let i = 0; i < Number(runsArg); i++) {
    best.fast = Math.min(best.fast, bestOf(1, fast, records));
    best.generated = Math.min(best.generated, bestOf(1, generated[entry], records));
    best.zod = Math.min(
      best.zod,
      bestOf(1, (r) => schema.safeParse(r), records),
    );
  }
  console.log(
    `${name} (${records.length}): zod ${best.zod.toFixed(2)} µs, fast path ${best.fast.toFixed(2)} µs, generated ${best.generated.toFixed(2)} µs a record`,
  );
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
