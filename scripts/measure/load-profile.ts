/**
 * Where the main thread's time goes while the app loads (issue 22): opens a built app in headless
 * Chromium once to warm up, then again with V8's sampling profiler on, until the full result count
 * shows, and prints the profile's time per category (validation, index, engine, map, paging,
 * TanStack Query, React, JSON, garbage collection, native "program" time, idle) in buckets of
 * `--bucket` ms from the profile's start. Functions are placed by the build's source maps.
 *
 *   npx tsx scripts/measure/load-profile.ts --app http://127.0.0.1:4400/ --dist /tmp/head-dist
 *     [--bucket 500] [--out /tmp/load-profile.json] [--map on]
 *
 * `--map on` moves the pointer over the map at first paint, which starts the live map (as
 * load-to-count.ts's map runs do): the profile then shows what the map's start costs the load.
 *
 * Serve the dist (`npx vite preview --outDir <dist> --port 4400`) and the data it was built for
 * (`npx tsx scripts/api-server.ts --port 8921 --data data/synthetic/sites-100000-seed1.json`,
 * dist built with `VITE_API_BASE_URL=http://127.0.0.1:8921/api`) first. The profiler slows the
 * page down (more so in small functions): read the shares and their order, not absolute times;
 * times belong to scripts/measure/load-to-count.ts.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { installProbe, type Probe } from './load-probes';
import { moveOverMapAtFirstPaint } from './search-page';
import { sourcePlacer, type CallFrame } from './source-frames';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const dist = option('dist', '');
const bucketMs = Number(option('bucket', '500'));
const out = option('out', '');
const startMap = option('map', 'off') === 'on';

interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The first rule matching a frame's source file, from the sampled function outwards. */
const CATEGORIES: [string, RegExp][] = [
  ['validation', /fast-parse|validate-sites|zod|compiled-parse/],
  ['index', /site-index|kdbush/],
  ['engine', /lib\/search\//],
  ['map', /lib\/map|features\/map/],
  ['paging', /lib\/api|data-worker/],
  ['query', /@tanstack\/query/],
  ['react', /react-dom|scheduler/],
];
const V8_STATES = new Set(['(garbage collector)', '(idle)', '(program)']);

async function recordProfile(): Promise<{ profile: Profile; count: Probe['counts'][number] | undefined }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
  try {
    let result: { profile: Profile; count: Probe['counts'][number] | undefined } | undefined;
    for (const profiled of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // tsx keeps function names with `__name(…)` calls, which the page does not define.
      await context.addInitScript({
        content: `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
      }
      await page.goto(appUrl, { waitUntil: 'commit' });
      if (startMap) await moveOverMapAtFirstPaint(page);
      await page.waitForFunction(
        () => (window as unknown as { __sfProbe: Probe }).__sfProbe.counts[0]?.frameAt != null,
        undefined,
        { polling: 250, timeout: 300_000 },
      );
      if (profiled) {
        const count = await page.evaluate(() =>
          (window as unknown as { __sfProbe: Probe }).__sfProbe.counts.at(-1),
        );
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        result = { profile, count };
      }
      await context.close();
    }
    return result!;
  } finally {
    await browser.close();
  }
}

/** Categorises a sample by its stack, its source files read through the build's source maps. */
function categoriser(profile: Profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const place = sourcePlacer(dist);
  const sourceOf = (cf: CallFrame) => place(cf)?.source ?? '';
  return (id: number): string => {
    const leaf = nodes.get(id)!.callFrame;
    if (V8_STATES.has(leaf.functionName)) return leaf.functionName.slice(1, -1);
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const source = sourceOf(nodes.get(cur)!.callFrame);
      const hit = CATEGORIES.find(([, re]) => re.test(source));
      if (hit) return hit[0];
    }
    return leaf.functionName === 'parse' ? 'json' : 'other';
  };
}

function table(profile: Profile) {
  const categoryOf = categoriser(profile);
  const buckets = new Map<number, Record<string, number>>();
  const total: Record<string, number> = {};
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const bucket = Math.floor((t - profile.startTime) / 1000 / bucketMs) * bucketMs;
    const category = categoryOf(id);
    const row = buckets.get(bucket) ?? {};
    row[category] = (row[category] ?? 0) + ms;
    buckets.set(bucket, row);
    total[category] = (total[category] ?? 0) + ms;
  });
  const columns = Object.entries(total)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  const line = (label: string, row: Record<string, number>) =>
    label.padStart(7) + columns.map((c) => String(Math.round(row[c] ?? 0)).padStart(12)).join('');
  const lines = ['ms'.padStart(7) + columns.map((c) => c.padStart(12)).join('')];
  for (const [bucket, row] of [...buckets].sort((a, b) => a[0] - b[0])) lines.push(line(String(bucket), row));
  lines.push(line('total', total));
  return lines.join('\n');
}

if (!dist) throw new Error('--dist <the served build> is needed for its source maps');
const { profile, count } = await recordProfile();
if (out) writeFileSync(out, JSON.stringify(profile));
console.log(table(profile));
console.log(
  `full count ${count?.sum} at ${Math.round(count?.frameAt ?? count?.domAt ?? 0)} ms after navigation`,
);
