/**
 * Scripted browser measurement (issue 22): with N synthetic sites served by `npm run api -- --data`,
 * per run in fresh browser contexts
 *  - the floor: a page of the app's origin (`/robots.txt`) fetches every items page of plots and
 *    halls (`limit=10000`, following `next`) and `JSON.parse`s it: fetch and parse timed apart,
 *    collections one after the other (`floorMs`), and once more both at once (`floorConcurrentMs`);
 *  - the app, left alone: navigation → the full result count on screen (the first animation frame
 *    after `.result-count` showed the number it settles on, `shownSites`: the default search lists
 *    every site but the withdrawn ones), long tasks after first paint until then (count, longest,
 *    blocking time over 50 ms), the same from the last byte of the last items page the page read
 *    (resource timing; none with the data worker) to the count (`tail.*`: what the app does once
 *    the data is in), and the JS heap 2 s after the count (main thread + workers, after a GC,
 *    through CDP);
 *  - the app with a pointer move over the map at first paint (it starts the live map):
 *    navigation → the map's first frame with every result (`sf:map-first-frame`, src/lib/perf-marks.ts;
 *    a build without the mark: MapLibre idle with sites drawn, `data-rendered-sites`).
 *
 *   npx tsx scripts/measure/load-to-count.ts [--count 10000|100000] [--runs 5]
 *     [--baseline <dist dir | source tree>] [--candidate <dist dir>] [--latency <ms>]
 *
 * `--latency` adds that round-trip time to every request of the page (Chromium's network
 * emulation; the floor's too), as from a server far away: it weighs page size against requests.
 *
 * Each build is loaded once, unrecorded, before the runs (the first load is cold).
 * Without --count both sizes run, one after the other. The candidate is this tree, built once into
 * a temp dir (or an existing --candidate dist). --baseline alternates a second build with it in
 * every run (served from another port): a dist built with
 * `VITE_API_BASE_URL=http://127.0.0.1:8921/api`, or a source tree with node_modules, which is built
 * that way. Prints one JSON per dataset on stdout (medians, min, max), a side-by-side table on stderr.
 * Needs /usr/bin/chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ACCEPT_GEOJSON } from '../../src/lib/api/fetch-json';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { fetchParseConcurrent, fetchParseFloor, installProbe, readHeap, type Probe } from './load-probes';
import { moveOverMapAtFirstPaint } from './search-page';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const counts = option('count')?.split(',').map(Number) ?? [10_000, 100_000];
const runs = Number(option('runs') ?? 5);
/** Added round-trip time per request (ms), as from a server far away (CDP network emulation). */
const latency = Number(option('latency') ?? 0);

/** A new page of `context`, its requests slowed by `--latency`. */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (latency > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  return page;
}
const apiPort = 8921;
const api = `http://127.0.0.1:${apiPort}/api`;
const TIMEOUT = 300_000;
const MB = 1024 * 1024;

const children: ChildProcess[] = [];
const start = (cmd: string, args: string[]) => {
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  children.push(child);
  return child;
};
const stop = (c: ChildProcess) => {
  try {
    if (c.pid) process.kill(-c.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(500);
  }
  throw new Error(`${url} did not answer`);
}

/** Two CPU cores are shared: never build while another `vite build` runs. */
async function waitForOtherBuilds() {
  while (spawnSync('pgrep', ['-f', 'vite build']).status === 0) {
    log('waiting for another vite build to finish …');
    await sleep(10_000);
  }
}

/** Builds `cwd`'s app against the measurement API into `outDir`. */
async function build(cwd: string, outDir: string) {
  await waitForOtherBuilds();
  log(`building ${cwd} → ${outDir}`);
  const done = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', VITE_API_BASE_URL: api },
    stdio: 'ignore',
  });
  if (done.status !== 0) throw new Error(`vite build in ${cwd} failed`);
  return outDir;
}

/** A dist as given, or a source tree built into a temp dir. */
async function distOf(dir: string, tmp: string) {
  const abs = resolve(dir);
  if (existsSync(join(abs, 'index.html'))) return abs;
  if (existsSync(join(abs, 'package.json'))) return build(abs, tmp);
  throw new Error(`${dir} is neither a dist (index.html) nor a source tree (package.json)`);
}

function warnUnlessBuiltForApi(dist: string) {
  const assets = join(dist, 'assets');
  const js = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  if (!js.some((f) => readFileSync(join(assets, f), 'utf8').includes(`127.0.0.1:${apiPort}`)))
    log(`warning: ${dist} does not mention ${api}; build it with VITE_API_BASE_URL=${api}`);
}

type Row = Record<string, number | null>;
const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(median), min: round(s[0]!), max: round(s.at(-1)!) };
};
function summarise(rows: Row[]) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((k) => {
      const xs = rows.map((r) => r[k]).filter((v): v is number => typeof v === 'number');
      return [k, xs.length ? summary(xs) : null];
    }),
  );
}

/** Long tasks overlapping [from, to]: how many, the longest, and the blocking time over 50 ms. */
function longTasks(tasks: Probe['longTasks'], from: number, to: number, prefix: string): Row {
  const inside = tasks.filter(([s, d]) => s + d > from && s < to).map(([, d]) => d);
  return {
    [`${prefix}longTasks`]: inside.length,
    [`${prefix}longestTaskMs`]: inside.length ? Math.max(...inside) : 0,
    [`${prefix}blockingMs`]: inside.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
}

async function floorRun(browser: Browser, appUrl: string, urls: string[]): Promise<Row> {
  const context = await browser.newContext();
  const page = await newPage(context);
  await page.goto(`${appUrl}/robots.txt`);
  const floor = await page.evaluate(fetchParseFloor, { urls, accept: ACCEPT_GEOJSON });
  const concurrent = await page.evaluate(fetchParseConcurrent, { urls, accept: ACCEPT_GEOJSON });
  await context.close();
  return {
    floorFetchMs: floor.fetchMs,
    floorParseMs: floor.parseMs,
    floorMs: floor.fetchMs + floor.parseMs,
    floorConcurrentMs: concurrent,
    floorPages: floor.pages,
    floorFeatures: floor.features,
    floorMB: floor.chars / MB,
  };
}

const readPage = (page: Page) =>
  page.evaluate(() => ({
    probe: (window as unknown as { __sfProbe: Probe }).__sfProbe,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    /** The last byte of the last items page the page read. */
    lastPage: Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => /\/items\b/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    ),
  }));

async function openApp(browser: Browser, appUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx keeps function names with `__name(…)` calls, which the page does not define.
  await context.addInitScript({
    content: `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`,
  });
  const page = await newPage(context);
  await page.goto(`${appUrl}/`, { waitUntil: 'commit' });
  return { context, page };
}

/** The result count showed numbers (and the next frame ran). */
const countShown = (page: Page) =>
  page
    .waitForFunction(
      () => (window as unknown as { __sfProbe: Probe }).__sfProbe.counts[0]?.frameAt != null,
      undefined,
      {
        polling: 250,
        timeout: TIMEOUT,
      },
    )
    .catch(async (e: unknown) => {
      const shown = await page
        .locator('.result-count')
        .first()
        .textContent()
        .catch(() => null);
      throw new Error(`the count never showed (last: ${shown}): ${String(e)}`);
    });

/** The count the page settled on, and when it first showed it (its next frame). */
function fullCount(probe: Probe) {
  const last = probe.counts.at(-1)!;
  const first = probe.counts.find((c) => c.sum === last.sum)!;
  return { at: first.frameAt ?? first.domAt, sum: last.sum, changes: probe.counts.length };
}

/** The app left alone: navigation → full count, long tasks after first paint, heap after load. */
async function quietRun(browser: Browser, appUrl: string): Promise<Row> {
  const { context, page } = await openApp(browser, appUrl);
  await countShown(page);
  await sleep(2000);
  const { probe, fcp, lastPage } = await readPage(page);
  const heap = await readHeap(page);
  await context.close();
  const workers = heap.workerBytes.reduce((a, b) => a + b, 0);
  const count = fullCount(probe);
  return {
    fcpMs: fcp,
    countMs: count.at,
    shownSites: count.sum,
    countChanges: count.changes,
    ...longTasks(probe.longTasks, fcp ?? 0, count.at, ''),
    // What the page does once every byte is in: the last items page → the count.
    lastPageMs: lastPage,
    'tail.ms': count.at - lastPage,
    ...longTasks(probe.longTasks, lastPage, count.at, 'tail.'),
    heapMainMB: heap.mainBytes / MB,
    heapWorkersMB: workers / MB,
    heapTotalMB: (heap.mainBytes + workers) / MB,
    workers: heap.workerBytes.length,
  };
}

/** A pointer move over the map at first paint starts the live map: navigation → its first frame with sites. */
async function mapRun(browser: Browser, appUrl: string): Promise<Row> {
  const { context, page } = await openApp(browser, appUrl);
  await moveOverMapAtFirstPaint(page, TIMEOUT);
  await countShown(page);
  // The map's frame with every result (or, for a build without the mark, 5 s after MapLibre idle).
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __sfProbe: Probe }).__sfProbe;
      const all = p.counts.at(-1)?.sum;
      if (p.mapFrames.some(([, n]) => n === all || n === null)) return true;
      return p.mapFrames.length === 0 && p.renderedAt !== null && performance.now() - p.renderedAt > 5000;
    },
    undefined,
    { polling: 250, timeout: TIMEOUT },
  );
  const { probe, fcp } = await readPage(page);
  await context.close();
  const { at: count, sum } = fullCount(probe);
  // The first frame with every result; a build whose mark has no size: its first mark.
  const mapMark = probe.mapFrames.find(([, n]) => n === sum || n === null)?.[0] ?? null;
  const frame = mapMark ?? probe.renderedAt!;
  return {
    'map.pointerMs': probe.pointerAt,
    'map.countMs': count,
    'map.firstFrameMs': mapMark,
    'map.frameAfterCountMs': frame - count,
    ...longTasks(probe.longTasks, fcp ?? 0, count, 'map.'),
  };
}

async function totalOf(collection: string) {
  const page = (await (await fetch(`${api}/collections/${collection}/items?limit=1`)).json()) as {
    numberMatched: number;
  };
  return page.numberMatched;
}

interface Build {
  name: string;
  url: string;
}

async function measureDataset(browser: Browser, builds: Build[], count: number) {
  const data = `data/synthetic/sites-${count}-seed1.json`;
  if (!existsSync(data))
    spawnSync('npx', ['tsx', 'scripts/synth-data.ts', '--count', String(count), '--seed', '1'], {
      stdio: 'inherit',
    });
  const server = start('npx', ['tsx', 'scripts/api-server.ts', '--port', String(apiPort), '--data', data]);
  try {
    await waitFor(api);
    const plots = await totalOf('plots');
    const halls = await totalOf('halls');
    const urls = ['plots', 'halls'].map((c) => `${api}/collections/${c}/items?limit=10000`);
    const loadStart = os.loadavg();
    const floor: Row[] = [];
    const rows = new Map<string, Row[]>(builds.map((b) => [b.name, []]));
    // One unrecorded load of each build first: the first load after the servers start is slow
    // (cold caches of the API server and the browser), and it would always be the candidate's.
    for (const b of builds) await quietRun(browser, b.url);
    for (let k = 0; k < runs; k++) {
      floor.push(await floorRun(browser, builds[0]!.url, urls));
      // Alternate the order, so neither build always runs first.
      for (const b of k % 2 ? [...builds].reverse() : builds) {
        const row = {
          ...(await quietRun(browser, b.url)),
          ...(await mapRun(browser, b.url)),
        };
        rows.get(b.name)!.push(row);
        log(
          `${count} run ${k + 1}/${runs} ${b.name}: count ${Math.round(row.countMs!)} ms, floor ${Math.round(floor.at(-1)!.floorMs!)} ms, map frame ${Math.round(row['map.firstFrameMs'] ?? row['map.idleWithSitesMs']!)} ms`,
        );
      }
    }
    const floorSummary = summarise(floor);
    const result = Object.fromEntries(
      builds.map((b) => {
        const s = summarise(rows.get(b.name)!);
        const ratio = (floorKey: string) =>
          Math.round((s.countMs!.median / floorSummary[floorKey]!.median) * 100) / 100;
        return [
          b.name,
          { ...s, countOverFloor: ratio('floorMs'), countOverConcurrentFloor: ratio('floorConcurrentMs') },
        ];
      }),
    );
    return {
      dataset: { count, file: data, plots, halls },
      runs,
      machine: {
        cpu: os.cpus()[0]?.model,
        cpus: os.cpus().length,
        loadavgStart: loadStart.map((n) => Math.round(n * 100) / 100),
        loadavgEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
        chromium: browser.version(),
        node: process.version,
      },
      floor: floorSummary,
      ...result,
    };
  } finally {
    stop(server);
    await sleep(1000);
  }
}

function table(result: Record<string, unknown>, builds: Build[]) {
  const parts = builds.map((b) => result[b.name] as Record<string, { median: number } | null | number>);
  const keys = Object.keys(parts[0]!);
  log(
    `\n${(result.dataset as { count: number }).count} sites — medians: ${builds.map((b) => b.name).join(' | ')}`,
  );
  for (const k of keys) {
    const cell = (p: (typeof parts)[number]) => {
      const v = p[k];
      return typeof v === 'number' ? String(v) : v ? String(v.median) : '–';
    };
    log(`  ${k.padEnd(26)} ${parts.map(cell).join(' | ')}`);
  }
}

const servers: ChildProcess[] = [];
try {
  const candidateDir = option('candidate');
  const candidate = candidateDir
    ? await distOf(candidateDir, '/tmp/standortfinder-load-dist')
    : await build(process.cwd(), '/tmp/standortfinder-load-dist');
  const baselineDir = option('baseline');
  const baseline = baselineDir ? await distOf(baselineDir, '/tmp/standortfinder-load-baseline-dist') : null;
  const builds: Build[] = [{ name: 'candidate', url: 'http://127.0.0.1:4921' }];
  const dists = [candidate];
  if (baseline) {
    builds.push({ name: 'baseline', url: 'http://127.0.0.1:4922' });
    dists.push(baseline);
  }
  builds.forEach((b, i) => {
    warnUnlessBuiltForApi(dists[i]!);
    const port = b.url.split(':').at(-1)!;
    servers.push(start('npx', ['vite', 'preview', '--outDir', dists[i]!, '--port', port, '--strictPort']));
  });
  for (const b of builds) await waitFor(`${b.url}/robots.txt`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
  try {
    for (const count of counts) {
      const result = await measureDataset(browser, builds, count);
      table(result, builds);
      // One line per metric: {"median": …, "min": …, "max": …}.
      console.log(
        JSON.stringify(result, null, 2).replace(
          /\{\s+("median"[^}]*?)\s+\}/g,
          (_, x: string) => `{ ${x.replace(/\s+/g, ' ')} }`,
        ),
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  servers.forEach(stop);
  children.forEach(stop);
}
