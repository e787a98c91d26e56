/**
 * The long tasks of one load (issue 22: "no main-thread task over 50 ms during loading"): opens a
 * built app in headless Chromium once to warm up, then again under a Chrome trace (with V8's
 * sampling profiler unless `--profile off`) until the full result count shows, and prints every
 * main-thread task longer than `--min` ms after first contentful paint: when it ran, how long,
 * the trace events inside it (a response arriving, a timer, a garbage collection) and the
 * functions it spent its time in (self and inclusive, placed by the build's source maps).
 *
 *   npx tsx scripts/measure/load-tasks.ts --app http://127.0.0.1:4400/ --dist /tmp/head-dist
 *     [--min 50] [--profile on|off] [--top 8] [--out /tmp/load-trace.json]
 *
 * Serve the dist and its data first, as for scripts/measure/load-profile.ts. The profiler slows
 * the page down: `--profile off` for the tasks' true lengths, on for what they ran.
 */
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { waitForFullCount } from './search-page';
import {
  frameLabeller,
  mainThreadOf,
  mainThreadSamples,
  readTrace,
  sampleMs,
  type TraceEvent,
} from './trace-samples';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const dist = option('dist', '');
const out = option('out', '/tmp/load-trace.json');
const minMs = Number(option('min', '50'));
const top = Number(option('top', '8'));
const profiled = option('profile', 'on') !== 'off';

async function record(): Promise<number> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
  try {
    const warm = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const warmPage = await warm.newPage();
    await warmPage.goto(appUrl);
    await waitForFullCount(warmPage);
    await warm.close();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const categories = ['devtools.timeline', 'toplevel', 'blink.user_timing', 'loading'];
    if (profiled) categories.push('disabled-by-default-v8.cpu_profiler');
    await browser.startTracing(page, { path: out, categories });
    const started = Date.now();
    await page.goto(appUrl);
    await waitForFullCount(page);
    const countMs = Date.now() - started;
    await page.waitForTimeout(500);
    await browser.stopTracing();
    return countMs;
  } finally {
    await browser.close();
  }
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const ms = (us: number) => (us / 1000).toFixed(0);

function analyse(countMs: number) {
  const events = readTrace(out);
  const main = mainThreadOf(events);
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
  const nav = events.find((e) => e.name === 'navigationStart' && onMain(e))?.ts ?? 0;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? nav;
  const long = events.filter(
    (e) => onMain(e) && TASKS.has(e.name) && e.ph === 'X' && e.ts > fcp && (e.dur ?? 0) > minMs * 1000,
  );
  const sampled = profiled ? mainThreadSamples(events) : null;
  const label = frameLabeller(dist);
  console.log(
    `count shown ${countMs} ms after navigation (measured from the script), first paint at ${ms(fcp - nav)} ms`,
  );
  console.log(`${long.length} main-thread tasks over ${minMs} ms after first paint\n`);
  for (const task of long) {
    const end = task.ts + task.dur!;
    const inside = events.filter(
      (e) => onMain(e) && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 5000,
    );
    const what = [...new Set(inside.map((e) => `${e.name} ${ms(e.dur!)}`))].slice(0, 6).join(', ');
    console.log(`${ms(task.ts - nav).padStart(6)} ms  ${ms(task.dur!).padStart(4)} ms  ${what}`);
    if (sampled) printFunctions(sampled, task.ts, end, label);
  }
}

function printFunctions(
  sampled: ReturnType<typeof mainThreadSamples>,
  from: number,
  to: number,
  label: ReturnType<typeof frameLabeller>,
) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, v: number) => m.set(key, (m.get(key) ?? 0) + v);
  sampled.samples.forEach((s, i) => {
    if (s.ts < from || s.ts >= to) return;
    const t = sampleMs(sampled, i);
    add(self, label(sampled.frames.get(s.frame)!), t);
    const seen = new Set<string>();
    for (let id: number | undefined = s.frame; id !== undefined; id = sampled.parents.get(id)) {
      const key = label(sampled.frames.get(id)!);
      if (!seen.has(key)) add(inclusive, key, t);
      seen.add(key);
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .filter(([key]) => key !== '(root)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, v]) => `${v.toFixed(0)} ${key}`)
      .join(' | ');
  console.log(`                 self: ${list(self)}`);
  console.log(`                 incl: ${list(inclusive)}`);
}

if (!dist) throw new Error('--dist <the served build> is needed for its source maps');
analyse(await record());
