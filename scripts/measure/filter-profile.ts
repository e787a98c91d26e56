/**
 * Where a filter change's main-thread time goes (issue 22): loads a built app in headless
 * Chromium, starts the live map, then records a Chrome trace (with V8's sampling profiler) of
 * `--changes` filter changes on a settled page (the size field or the kind radios, as
 * scripts/measure/filter-latency.ts makes them). Prints each change's list latency, the main
 * thread's busy time inside the `sf:filter-to-results` intervals (change committed → new count
 * painted), and the self time per function there, placed by the build's source maps.
 *
 *   npx tsx scripts/measure/filter-profile.ts --app http://127.0.0.1:4400/ --dist /tmp/head-dist
 *     [--filter size|kind] [--changes 9] [--top 30] [--out /tmp/filter-trace.json]
 *     [--view list] [--wait 2000] [--settle 1200] [--measure list|map]
 *
 * Serve the dist and its data first, as for scripts/measure/load-profile.ts. The profiler slows
 * the page down: read the shares and their order; latencies belong to filter-latency.ts.
 */
import { chromium, type Page } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { changeFilter, checkFilterControls, startLiveMap, waitForFullCount } from './search-page';
import { frameLabeller, mainThreadSamples, readTrace, sampleMs } from './trace-samples';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const dist = option('dist', '');
const filter = option('filter', 'size') === 'kind' ? 'kind' : 'size';
const changes = Number(option('changes', '9'));
const top = Number(option('top', '30'));
const out = option('out', '/tmp/filter-trace.json');
/** `--measure map`: the intervals up to the map's update (`sf:filter-to-map`) instead of the list's. */
const measure = option('measure', 'list') === 'map' ? 'sf:filter-to-map' : 'sf:filter-to-results';
/** `--view list`: the map hidden behind the "Liste" view before the changes, as filter-latency.ts does. */
const listView = option('view', 'split') === 'list';
/** How long the page settles after the live map started, before the first change (ms). */
const waitMs = Number(option('wait', '2000'));
/** Pause after each change's list update (ms); 0 makes the changes back to back. */
const settleMs = Number(option('settle', '1200'));

async function openSettled(page: Page) {
  await page.goto(appUrl);
  await waitForFullCount(page);
  await startLiveMap(page);
  if (listView) {
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.locator('#map-area').waitFor({ state: 'hidden' });
  }
  await checkFilterControls(page);
  await page.waitForTimeout(waitMs);
}

/** Makes one change and returns its list latency (ms), then lets the page settle. */
async function change(page: Page, k: number): Promise<number> {
  await page.evaluate((name) => performance.clearMeasures(name), measure);
  await changeFilter(page, filter, k);
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.duration,
    measure,
  );
  const ms = Number(await handle.jsonValue());
  await page.waitForTimeout(settleMs);
  return ms;
}

async function record(): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openSettled(page);
    const categories = [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'disabled-by-default-v8.cpu_profiler',
    ];
    await browser.startTracing(page, { path: out, categories });
    const latencies: number[] = [];
    for (let k = 0; k < changes; k++) latencies.push(await change(page, k));
    await browser.stopTracing();
    return latencies;
  } finally {
    await browser.close();
  }
}

function analyse(latencies: number[]) {
  const events = readTrace(out);
  const marks = events.filter((e) => e.name === measure && e.cat.includes('user_timing'));
  const starts = marks.filter((e) => e.ph === 'b').map((e) => e.ts);
  const ends = marks.filter((e) => e.ph === 'e').map((e) => e.ts);
  const windowOf = (ts: number) => starts.findIndex((s, k) => ts >= s && ts < ends[k]!);
  const sampled = mainThreadSamples(events);
  const { frames, samples } = sampled;
  const label = frameLabeller(dist);
  const self = new Map<string, number>();
  const busy = starts.map(() => 0);
  for (let i = 0; i + 1 < samples.length; i++) {
    const w = windowOf(samples[i]!.ts);
    const frame = frames.get(samples[i]!.frame);
    if (w < 0 || !frame || frame.functionName === '(idle)') continue;
    const ms = sampleMs(sampled, i);
    const key = label(frame);
    self.set(key, (self.get(key) ?? 0) + ms);
    busy[w]! += ms;
  }
  const perChange = (ms: number) => (ms / Math.max(starts.length, 1)).toFixed(1).padStart(6);
  console.log(`${filter} filter, ${starts.length} changes on a settled page`);
  console.log(
    `${measure === 'sf:filter-to-map' ? 'map' : 'list'} latency (ms):         ${latencies.map(Math.round).join(' ')}`,
  );
  console.log(`main thread busy in them: ${busy.map(Math.round).join(' ')}`);
  console.log('ms per change, self time, main thread:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${perChange(ms)}  ${key}`);
}

if (!dist) throw new Error('--dist <the served build> is needed for its source maps');
analyse(await record());
