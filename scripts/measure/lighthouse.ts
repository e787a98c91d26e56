/**
 * Lighthouse (12.2.3, Debian Chromium) several times against a built app, with medians: on a
 * shared 2-core machine one run says little (the same build scored 61–71 within minutes).
 * With `--baseline <url>` the runs alternate between the baseline and the candidate, so drift in
 * the machine's speed hits both alike. Results and how to read them: docs/performance.md.
 *
 * Run (after `npm run build && npx vite preview --port 4311 --strictPort` in another terminal):
 *   npx tsx scripts/measure/lighthouse.ts [--url http://127.0.0.1:4311/] [--runs 5]
 *     [--preset mobile|desktop] [--cpu 4] [--baseline http://127.0.0.1:4321/]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const url = arg('url', 'http://127.0.0.1:4311/');
const baseline = arg('baseline', '');
const runs = Number(arg('runs', '5'));
const preset = arg('preset', 'mobile');
const cpu = arg('cpu', '4');
const CHROME = '/usr/bin/chromium';
const FLAGS =
  '--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader --disable-dev-shm-usage';
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));

interface Run {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  benchmarkIndex: number;
}

function lighthouse(target: string, file: string): Run {
  const args = [
    '-y',
    'lighthouse@12.2.3',
    target,
    `--chrome-path=${CHROME}`,
    `--chrome-flags=${FLAGS}`,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${file}`,
    '--quiet',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  else args.push(`--throttling.cpuSlowdownMultiplier=${cpu}`);
  execFileSync('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROME } });
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
    environment: { benchmarkIndex: number };
  };
  const value = (id: string) => report.audits[id]!.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function report(label: string, list: Run[]) {
  const m = (key: keyof Run) => median(list.map((r) => r[key]));
  console.log(
    `${label}: scores ${list.map((r) => r.score).join(', ')} | median ${m('score')}, ` +
      `FCP ${(m('fcp') / 1000).toFixed(1)} s, LCP ${(m('lcp') / 1000).toFixed(1)} s, ` +
      `TBT ${Math.round(m('tbt'))} ms, CLS ${m('cls').toFixed(3)}, ` +
      `benchmarkIndex ${Math.round(m('benchmarkIndex'))}`,
  );
}

const candidate: Run[] = [];
const base: Run[] = [];
for (let i = 0; i < runs; i++) {
  if (baseline) base.push(lighthouse(baseline, join(out, `baseline-${i}.json`)));
  candidate.push(lighthouse(url, join(out, `candidate-${i}.json`)));
}
console.log(`\n${preset}${preset === 'mobile' ? `, CPU ${cpu}×` : ''}, ${runs} runs (JSON in ${out})`);
if (baseline) report(`baseline  ${baseline}`, base);
report(`candidate ${url}`, candidate);
