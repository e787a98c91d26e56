/**
 * Scripted browser measurement: with N synthetic sites loaded, the time from
 * a committed filter change to the updated result count on screen, and to the map drawn with
 * the new clusters (MapLibre idle), from the app's performance marks (src/lib/perf-marks.ts);
 * and the time to the first map render with all sites. Builds the app against `npm run api -- --data <synthetic file>`.
 *
 *   npx tsx scripts/measure/filter-latency.ts [--count 100000] [--runs 15] [--settle 1000] [--view list]
 *     [--wait 0]
 *
 * Each change starts `--settle` ms after the previous change's map update (0: back to back).
 * `--view list`: the live map is started, then the view switched to "Liste" (the map hidden), and
 * only the list is measured, each change `--settle` ms after the list's update. Beside a run
 * with the map, it tells the list's own time from the time it waits for the map.
 *
 * `--wait` ms pass after the live map started (and the view switched) before the first change.
 * `SF_EXTRA_CHROMIUM_ARGS` adds browser flags to the usual ones (for example
 * `--disable-gpu-rasterization`, to tell the page's work from SwiftShader's raster).
 *
 * Needs /usr/bin/chromium. Prints JSON with the median and p95 per interaction.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { changeFilter, checkFilterControls, startLiveMap, waitForFullCount } from './search-page';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 100_000);
const runs = arg('runs', 15);
/** Pause after each change's map update, so every change starts from a settled page. */
const settleMs = arg('settle', 1000);
/** Pause after the live map started (and the view switched) before the first change. */
const waitMs = arg('wait', 0);
const viewFlag = process.argv.indexOf('--view');
/** `--view list`: the map hidden behind the "Liste" view. */
const listView = viewFlag > 0 && process.argv[viewFlag + 1] === 'list';
const apiPort = 8911;
const appPort = 4911;
const data = `data/synthetic/sites-${count}-seed1.json`;
const outDir = '/tmp/standortfinder-measure-dist';
const children: ChildProcess[] = [];
const start = (cmd: string, args: string[]) => {
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  children.push(child);
  return child;
};
const stopAll = () =>
  children.forEach((c) => {
    try {
      if (c.pid) process.kill(-c.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    runs: s.length,
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!,
    max: s.at(-1)!,
    /** Each change's latency in the order made (ms). */
    values: xs.map(Math.round),
  };
};

try {
  if (!existsSync(data))
    spawnSync('npx', ['tsx', 'scripts/synth-data.ts', '--count', String(count), '--seed', '1'], {
      stdio: 'inherit',
    });
  start('npx', ['tsx', 'scripts/api-server.ts', '--port', String(apiPort), '--data', data]);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production', VITE_API_BASE_URL: `http://127.0.0.1:${apiPort}/api` },
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  start('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(appPort), '--strictPort']);
  await waitFor(`http://127.0.0.1:${apiPort}/api`);
  await waitFor(`http://127.0.0.1:${appPort}/`);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: MEASURE_CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const loadStart = Date.now();
  await page.goto(`http://127.0.0.1:${appPort}/`);
  await waitForFullCount(page);
  const loadMs = Date.now() - loadStart;
  await startLiveMap(page);
  const mapFirstRenderMs = Date.now() - loadStart;
  const mapAfterListMs = mapFirstRenderMs - loadMs;
  if (listView) {
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.locator('#map-area').waitFor({ state: 'hidden' });
  }
  await page.waitForTimeout(waitMs);
  const measure = async (act: (k: number) => Promise<void>) => {
    const list: number[] = [];
    const map: number[] = [];
    for (let k = 0; k < runs; k++) {
      await page.evaluate(() => {
        performance.clearMeasures('sf:filter-to-results');
        performance.clearMeasures('sf:filter-to-map');
      });
      await act(k);
      const read = async (name: string) =>
        Number(
          await (
            await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.duration, name, {
              timeout: 30_000,
            })
          ).jsonValue(),
        );
      list.push(await read('sf:filter-to-results'));
      if (!listView) map.push(await read('sf:filter-to-map'));
      await page.waitForTimeout(settleMs);
    }
    return { list: stats(list), map: listView ? null : stats(map) };
  };
  await checkFilterControls(page);
  const size = await measure((k) => changeFilter(page, 'size', k));
  const kind = await measure((k) => changeFilter(page, 'kind', k));
  const sites = await page.getByRole('status').first().innerText();
  console.log(
    JSON.stringify(
      {
        count,
        view: listView ? 'list' : 'split',
        loadMs,
        mapFirstRenderMs,
        mapAfterListMs,
        shown: sites,
        sizeFilter: size,
        kindFilter: kind,
      },
      null,
      2,
    ),
  );
  await browser.close();
} finally {
  stopAll();
}
