/**
 * The CSV export's UI path in headless Chromium: 100,000 synthetic sites (seed 1)
 * generated in the page, then `sitesToCsvBlob` per dialect: total time, longest slice between two
 * yields, and long tasks (> 50 ms) the browser saw; plus what a structured clone of the sites
 * (postMessage to a worker) would cost. Results: docs/performance.md, "CSV export".
 *
 *   npx tsx scripts/measure/csv-export-browser.ts [--runs 7]
 *
 * Needs /usr/bin/chromium.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser';
import { generateSyntheticSites } from '../sample-data/synth';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

const bundle = await build({
  entryPoints: ['scripts/measure/csv-export-browser/entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  tsconfig: 'tsconfig.app.json',
  define: { 'import.meta.env.DEV': 'false' },
});
// The 80 MB of features come from a local server (too large for Playwright's request routing).
const data = JSON.stringify(generateSyntheticSites(100_000, 1));
const server = createServer((req, res) => {
  const json = req.url === '/sites.json';
  res.writeHead(200, { 'content-type': json ? 'application/json' : 'text/html' });
  res.end(json ? data : '<!doctype html><title>CSV export</title>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const count = await page.evaluate(
    (u) => (globalThis as unknown as { csvBench: { load: (u: string) => Promise<number> } }).csvBench.load(u),
    `${origin}/sites.json`,
  );
  if (count !== 100_000) throw new Error(`expected 100,000 valid sites, got ${count}`);
  type Run = { totalMs: number; longestSliceMs: number; slices: number; bytes: number };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const dialect of ['excel-de', 'standard'] as const) {
    const results: (Run & { longTasks: number[] })[] = [];
    for (let r = 0; r < runs; r++) {
      await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
      const run = await page.evaluate(
        (d) =>
          (
            globalThis as unknown as { csvBench: { exportOnce: (d: string) => Promise<Run> } }
          ).csvBench.exportOnce(d),
        dialect,
      );
      await page.waitForTimeout(100);
      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      results.push({ ...run, longTasks });
    }
    console.log(
      JSON.stringify({
        dialect,
        runs,
        bytes: results[0]!.bytes,
        slices: results[0]!.slices,
        totalMs: {
          median: median(results.map((r) => r.totalMs)),
          all: results.map((r) => Math.round(r.totalMs)),
        },
        longestSliceMs: {
          median: median(results.map((r) => r.longestSliceMs)),
          max: Math.max(...results.map((r) => r.longestSliceMs)),
        },
        longTasksOver50ms: results.map((r) => r.longTasks),
      }),
    );
  }
  for (const dialect of ['excel-de', 'standard'] as const) {
    const times: number[] = [];
    for (let r = 0; r < runs; r++)
      times.push(
        await page.evaluate(
          (d) =>
            (globalThis as unknown as { csvBench: { bytesMs: (d: string) => number } }).csvBench.bytesMs(d),
          dialect,
        ),
      );
    console.log(
      JSON.stringify({ dialect, oneByteBufferMs: { median: median(times), all: times.map(Math.round) } }),
    );
  }
  const clones: number[] = [];
  for (let r = 0; r < 3; r++)
    clones.push(
      await page.evaluate(() =>
        (globalThis as unknown as { csvBench: { cloneMs: () => number } }).csvBench.cloneMs(),
      ),
    );
  console.log(JSON.stringify({ structuredCloneOfSitesMs: clones.map(Math.round) }));
} finally {
  await browser.close();
  server.close();
}
