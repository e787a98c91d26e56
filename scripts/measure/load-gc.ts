/**
 * What the garbage collector does while the app loads (issue 22: the long tasks left on a slow
 * machine are young-generation collections). Loads each build `--runs` times in a fresh browser
 * with V8's GC trace (`--js-flags=--trace-gc-nvp`), until the full result count shows, and prints
 * per load of the page's renderer: how many scavenges, how many paused over `--min` ms, their
 * total and longest pause, and how much they promoted (what the page keeps passes through the
 * young generation once: the more it keeps, the more each scavenge copies).
 *
 *   npx tsx scripts/measure/load-gc.ts --app http://127.0.0.1:4400/[,http://127.0.0.1:4401/]
 *     [--runs 3] [--min 50] [--list on]
 *
 * Several builds (comma-separated) are loaded in turn in every run. Serve each dist and the data
 * it was built for first, as for scripts/measure/load-profile.ts. `--list on` prints every
 * scavenge of the last run over `--min` ms (when, pause, survived and promoted MB).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { waitForFullCount } from './search-page';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const apps = option('app', 'http://127.0.0.1:4400/').split(',');
const runs = Number(option('runs', '3'));
const minMs = Number(option('min', '50'));
const list = option('list', 'off') === 'on';

/** One line of `--trace-gc-nvp`: the fields read here. */
interface GcEvent {
  atMs: number;
  gc: string;
  pause: number;
  promoted: number;
  new_space_survived: number;
}

const GC_LINE = /\[(\d+):0x[0-9a-f]+:\d+\]\s+(\d+) ms: GC: (\{[^{}]*\})/;
/** Trace lines that could not be read (processes share Chromium's stdout); reported with the results. */
let garbled = 0;

/**
 * Loads `app` once in a new browser and returns the GC events of the isolate that collected most
 * (the page's). Chromium is started here, not by Playwright, so that its stdout, where V8 writes
 * the trace, is ours to read; Playwright connects over CDP.
 */
async function loadOnce(app: string): Promise<GcEvent[]> {
  const byIsolate = new Map<string, GcEvent[]>();
  const profile = mkdtempSync(join(tmpdir(), 'sf-gc-'));
  const chromiumProcess = spawn(
    '/usr/bin/chromium',
    [
      ...MEASURE_CHROMIUM_ARGS,
      '--headless',
      '--js-flags=--trace-gc-nvp',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group: every Chromium process ends with it.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  createInterface({ input: chromiumProcess.stdout }).on('line', (line) => {
    const m = GC_LINE.exec(line);
    if (!m) return;
    try {
      const event = { atMs: Number(m[2]), ...(JSON.parse(m[3]!) as Omit<GcEvent, 'atMs'>) };
      byIsolate.set(m[1]!, [...(byIsolate.get(m[1]!) ?? []), event]);
    } catch {
      garbled++; // two processes wrote into one line
    }
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    createInterface({ input: chromiumProcess.stderr }).on('line', (line) => {
      const m = /DevTools listening on (ws:\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    chromiumProcess.once('exit', () => reject(new Error('Chromium exited before it listened')));
  });
  try {
    const browser = await chromium.connectOverCDP(endpoint);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(app);
    await waitForFullCount(page);
    await page.waitForTimeout(500);
    await browser.close();
  } finally {
    const exited = new Promise((resolve) => chromiumProcess.once('exit', resolve));
    if (chromiumProcess.exitCode === null) process.kill(-chromiumProcess.pid!);
    await exited;
    // A helper process may still be writing its profile for a moment: a leftover temp dir is harmless.
    setTimeout(() => rmSync(profile, { recursive: true, force: true }), 2000).unref();
  }
  return [...byIsolate.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

const MB = 1e6;

function summary(events: GcEvent[]) {
  const scavenges = events.filter((e) => e.gc === 's');
  const pauses = scavenges.map((e) => e.pause);
  return {
    scavenges: scavenges.length,
    [`over${minMs}ms`]: pauses.filter((p) => p > minMs).length,
    totalPauseMs: Math.round(pauses.reduce((a, b) => a + b, 0)),
    longestMs: Math.round(Math.max(0, ...pauses)),
    promotedMB: Math.round(events.reduce((a, e) => a + e.promoted, 0) / MB),
  };
}

let last: GcEvent[] = [];
for (let run = 1; run <= runs; run++) {
  for (const app of apps) {
    last = await loadOnce(app);
    console.log(`run ${run} ${app}`, JSON.stringify({ ...summary(last), garbledLines: garbled }));
    garbled = 0;
  }
}
if (list)
  for (const e of last.filter((x) => x.gc === 's' && x.pause > minMs))
    console.log(
      `${String(e.atMs).padStart(6)} ms  pause ${e.pause.toFixed(1)} ms  survived ${(e.new_space_survived / MB).toFixed(1)} MB  promoted ${(e.promoted / MB).toFixed(1)} MB`,
    );
