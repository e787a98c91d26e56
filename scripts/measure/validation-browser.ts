/**
 * `scripts/measure/validation.ts` in headless Chromium: zod jitless against the fast path, best
 * of interleaved runs per record, on the records of a synthetic dataset (bundled with esbuild,
 * no app build needed).
 *
 *   npx tsx scripts/measure/validation-browser.ts [dataset, default data/synthetic/sites-10000-seed1.json] [runs, default 10]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

const [file = 'data/synthetic/sites-10000-seed1.json', runs = '10'] = process.argv.slice(2);
const entry = `
import { z } from './src/contract/zod';
import { hallFeatureSchema, plotFeatureSchema } from './src/contract/feature-schemas';
import { fastPathOnly } from './src/contract/fast-parse';
z.config({ jitless: true });
globalThis.measure = (data, runs) => [['plots', plotFeatureSchema], ['halls', hallFeatureSchema]].map(([name, schema]) => {
  const records = data[name].features;
  const fast = fastPathOnly(schema);
  const best = { fast: Infinity, zod: Infinity };
  const time = (parse) => { const t = performance.now(); for (const r of records) parse(r); return performance.now() - t; };
  for (let i = 0; i < runs; i++) {
    best.fast = Math.min(best.fast, time(fast));
    best.zod = Math.min(best.zod, time((r) => schema.safeParse(r)));
  }
  const us = (ms) => ((ms * 1000) / records.length).toFixed(2);
  return name + ' (' + records.length + '): zod ' + us(best.zod) + ' µs, fast path ' + us(best.fast) + ' µs a record';
}).join('\\n');
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'iife',
  write: false,
  define: { 'import.meta.env.PROD': 'true' },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const json = readFileSync(file, 'utf8');
  const report = await page.evaluate(
    ([text, n]) =>
      (globalThis as unknown as { measure: (d: unknown, n: number) => string }).measure(JSON.parse(text), n),
    [json, Number(runs)] as const,
  );
  console.log(
    `${report}\nload average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
}
