/**
 * The first pick of each order in the sort menu after 100,000 sites have loaded (issue 22): the
 * time from the pick to the first card changing (measured from the script), and the longest
 * main-thread task in it. The page waits `--idle` ms after the count first (the engine's warm-up
 * prepares the orders in idle time after the load).
 *
 *   npx tsx scripts/measure/sort-pick.ts --app http://127.0.0.1:4400/ [--idle 20000]
 *
 * Serve a build and its data first, as for scripts/measure/load-tasks.ts.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser';
import { waitForFullCount } from './search-page';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const idleMs = Number(option('idle', '20000'));
const ORDERS = ['name', 'price', '-price', '-as_of', 'area'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(appUrl);
await waitForFullCount(page);
await page.waitForTimeout(idleMs);
await page.evaluate(`(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
})()`);
const rows: Record<string, { listMs: number; longestTaskMs: number }> = {};
for (const order of ORDERS) {
  await page.evaluate(`window.__longest = 0;`);
  const before = await page.locator('.site-card__name').first().innerText();
  const started = Date.now();
  await page.getByLabel('Sortierung').first().selectOption(order);
  // The list is re-sorted when its first card changes (the orders here all start elsewhere).
  await page.waitForFunction(
    (prev) => document.querySelector('.site-card__name')?.textContent !== prev,
    before,
    { timeout: 60_000, polling: 'raf' },
  );
  const listMs = Date.now() - started;
  await page.waitForTimeout(300);
  rows[order] = { listMs, longestTaskMs: Math.round(Number(await page.evaluate('window.__longest'))) };
}
console.log(JSON.stringify({ app: appUrl, idleMs, firstPick: rows }, null, 2));
await browser.close();
