/**
 * When a load's requests leave and arrive (issue 22, the start of the app): opens a built app in
 * headless Chromium `--runs` times (fresh contexts, 1440×900) and prints, per run, first
 * contentful paint, the moment the full count showed and the long tasks; for the last run every
 * resource (request start, response end, ms since navigation).
 *
 *   npx tsx scripts/measure/load-timeline.ts [--app http://127.0.0.1:4400/] [--runs 3]
 *
 * Serve the dist and its data first, as for scripts/measure/load-profile.ts.
 */
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { installProbe, type Probe } from './load-probes';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const runs = Number(option('runs', '3'));

interface Timeline {
  fcp: number | undefined;
  count: Probe['counts'][number] | undefined;
  longTasks: string[];
  resources: string[];
}

/**
 * In the page: its probe, paint timing and resource timing. Passed as text: tsx wraps named
 * functions in `__name(…)` calls, which the page does not define.
 */
function readTimeline(): Timeline {
  const probe = (window as unknown as { __sfProbe: Probe }).__sfProbe;
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    count: probe.counts.at(-1),
    longTasks: probe.longTasks.map(([start, d]) => `${start.toFixed(0)}+${d.toFixed(0)}`),
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) =>
        `${r.startTime.toFixed(0).padStart(6)} ${r.responseEnd.toFixed(0).padStart(6)}  ${r.name.replace(location.origin, '')}`,
    ),
  };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with `__name(…)` calls, which the page does not define.
    await context.addInitScript({
      content: `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`,
    });
    const page = await context.newPage();
    await page.goto(appUrl, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __sfProbe: Probe }).__sfProbe.counts[0]?.frameAt != null,
      undefined,
      { polling: 100, timeout: 300_000 },
    );
    const t = (await page.evaluate(`(${readTimeline.toString()})()`)) as Timeline;
    console.log(
      `run ${run}: first contentful paint ${t.fcp?.toFixed(0)} ms, count ${t.count?.sum} at ` +
        `${t.count?.frameAt?.toFixed(0)} ms, long tasks ${t.longTasks.join(' ') || 'none'}`,
    );
    if (run === runs) console.log(' start    end  resource (ms since navigation)\n' + t.resources.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
}
