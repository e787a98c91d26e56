/**
 * A/B of the live map in one run: a baseline build (a git ref) against a candidate build (the
 * working tree, or a ref), served side by side and measured in one headless Chromium, each visit
 * in a fresh context at 1440×900. Pairs alternate their order (A,B,B,A,…): navigation → first
 * live-map frame with all sites drawn (the map started by a pointer move at first paint), then
 * `--changes` kind changes (Flächen ↔ Alle) → map updated, alternating between the pair's two
 * open pages change by change. Method and results: docs/performance.md "Map A/B: richer basemap".
 *
 *   npx tsx scripts/measure/map-ab.ts --baseline <git-ref> [--candidate <git-ref>|worktree]
 *     --count sample|100000 [--pairs 8] [--changes 10] [--settle 1000] [--out file.md] [--json file.json]
 *
 * Needs /usr/bin/chromium. Prints Markdown (medians, p95, ratios, machine, load, verdict).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { parseMapAbArgs, USAGE, type MapAbArgs } from './map-ab/args';
import { prepareTree, removeTree, repoRoot, sameAssets, viteBuild, type SourceTree } from './map-ab/builds';
import { loadAverage, machineInfo } from './map-ab/machine';
import type { BuildLabel, RunResult } from './map-ab/page-run';
import { runPair } from './map-ab/pairs';
import { Processes } from './map-ab/processes';
import { toMarkdown, type MapAbReport } from './map-ab/report';
import { serveBuild, startApi } from './map-ab/serve';
import { summarise } from './map-ab/summary';

const log = (line: string) => process.stderr.write(`[map-ab] ${line}\n`);
const utcNow = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

async function runPairs(browser: Browser, urls: Record<BuildLabel, string>, args: MapAbArgs) {
  const options = { changes: args.changes, settleMs: args.settleMs, log };
  // One unmeasured pair first: the API server, the disk cache and Chromium warm up for both
  // builds alike instead of for whichever runs first.
  await runPair(browser, urls, -1, { ...options, changes: 2, settleMs: 0, log: () => {} });
  const runs: RunResult[] = [];
  for (let pair = 0; pair < args.pairs; pair++) runs.push(...(await runPair(browser, urls, pair, options)));
  return runs;
}

function write(path: string | null, text: string) {
  if (!path) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(args: MapAbArgs) {
  const repo = repoRoot();
  const startedAt = utcNow();
  const procs = new Processes();
  const trees: SourceTree[] = [];
  let browser: Browser | null = null;
  const stop = () => {
    procs.stopAll();
    for (const t of trees) if (t.temporary) removeTree(repo, t.temporary);
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const api = await startApi(repo, args.count, procs);
    trees.push(prepareTree(repo, 'baseline', args.baseline), prepareTree(repo, 'candidate', args.candidate));
    const urls = {} as Record<BuildLabel, string>;
    const outDir = (label: BuildLabel) => `/tmp/map-ab-dist-${label}`;
    for (const tree of trees) {
      log(`building the ${tree.label} (${tree.ref}, ${tree.commit}) into ${outDir(tree.label)}`);
      viteBuild(tree, outDir(tree.label), api.apiBase);
      urls[tree.label] = await serveBuild(tree, outDir(tree.label), procs);
    }
    browser = await launchBrowser();
    const loadBefore = loadAverage();
    const runs = await runPairs(browser, urls, args);
    const metrics = summarise(runs);
    const report: MapAbReport = {
      args,
      startedAt,
      finishedAt: utcNow(),
      machine: machineInfo(),
      chromium: browser.version(),
      loadBefore,
      loadAfter: loadAverage(),
      dataset: api.dataset,
      sameAssets: sameAssets(outDir('baseline'), outDir('candidate')),
      trees: trees.map(({ label, ref, commit }) => ({ label, ref, commit })),
      metrics,
      pass: metrics.every((m) => m.pass !== false),
      runs,
    };
    const markdown = toMarkdown(report);
    process.stdout.write(markdown);
    write(args.out, markdown);
    write(args.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`every run: ${args.json}`);
  } finally {
    await browser?.close();
    stop();
  }
}

let args: MapAbArgs;
try {
  args = parseMapAbArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
await main(args);
