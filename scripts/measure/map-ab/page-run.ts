import type { Browser, Page } from 'playwright-core';
import { installProbe, type MapAbProbe } from './page-probe';

export type BuildLabel = 'baseline' | 'candidate';

export interface RunResult {
  build: BuildLabel;
  pair: number;
  /** ms since navigation start */
  firstPaint: number;
  pointerMove: number;
  /** First map `idle`: the live map's first frame (basemap, perhaps no sites yet). */
  mapReady: number;
  /** First map `idle` with every listed site drawn (as many as the result count names). */
  firstFrameAllSites: number;
  sitesDrawn: number;
  /** Per change, ms (the app's `sf:filter-to-map` and `sf:filter-to-results` measures). */
  filterToMap: number[];
  filterToResults: number[];
}

const VIEWPORT = { width: 1440, height: 900 };
/** Where the map sits in the desktop layout, if its preview is not in the page at first paint yet. */
const MAP_FALLBACK_POINT = { x: 1080, y: 450 };
const LOAD_TIMEOUT_MS = 300_000;

/** tsx compiles with esbuild's keepNames, whose `__name` helper does not exist in the page. */
const probeScript = `var __name = (f) => f; (${installProbe.toString()})();`;

/** At the first contentful paint, a pointer move over the map preview starts the live map. */
async function startMapAtFirstPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mapAb?.firstPaint != null, undefined, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 'raf',
  });
  const box = await page.evaluate(() => {
    const r = document.querySelector('.site-map')?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  const { x, y } = box ?? MAP_FALLBACK_POINT;
  await page.mouse.move(x, y);
  await page.mouse.move(x + 2, y + 2);
}

/**
 * Waits, with a cheap check, for a map frame with every listed site drawn: as many as the result
 * count on screen names ("6.984 Flächen · 2.670 Hallen"; it shows only once all collections are
 * loaded). Returns that number and the probe.
 */
async function waitForAllSitesDrawn(page: Page): Promise<{ listed: number; probe: MapAbProbe }> {
  const handle = await page.waitForFunction(
    () => {
      const text = document.querySelector('.result-count')?.textContent ?? '';
      if (!text.includes(' · ')) return null;
      const listed = text.split('·').reduce((sum, part) => sum + Number(part.replace(/\D/g, '')), 0);
      return window.__mapAb.frames.some((f) => f.sites === listed) ? listed : null;
    },
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 250 },
  );
  const listed = Number(await handle.jsonValue());
  return { listed, probe: await page.evaluate(() => window.__mapAb) };
}

async function readMeasure(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'measure')[0]?.duration,
    name,
    {
      timeout: 60_000,
      polling: 100,
    },
  );
  return Number(await handle.jsonValue());
}

/** The kind radios in the order Alle, Flächen, Hallen: change k picks Flächen when even, Alle when odd. */
export async function changeKind(page: Page, k: number): Promise<{ toMap: number; toResults: number }> {
  await page.evaluate(() => {
    performance.clearMeasures('sf:filter-to-results');
    performance.clearMeasures('sf:filter-to-map');
  });
  await page
    .locator('input[type="radio"][name="kind"]')
    .nth(k % 2 === 0 ? 1 : 0)
    .click();
  const toResults = await readMeasure(page, 'sf:filter-to-results');
  return { toMap: await readMeasure(page, 'sf:filter-to-map'), toResults };
}

export interface OpenRun {
  page: Page;
  result: RunResult;
  close: () => Promise<void>;
}

/**
 * One visit in a fresh browser context: navigation, the pointer move at first paint, the first
 * live-map frame with all sites. The page stays open for the filter changes (`changeKind`).
 */
export async function openRun(
  browser: Browser,
  url: string,
  build: BuildLabel,
  pair: number,
): Promise<OpenRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: probeScript });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await startMapAtFirstPaint(page);
    const { listed, probe } = await waitForAllSitesDrawn(page);
    const result: RunResult = {
      build,
      pair,
      firstPaint: probe.firstPaint!,
      pointerMove: probe.pointer ?? NaN,
      mapReady: probe.frames[0]!.t,
      firstFrameAllSites: probe.frames.find((f) => f.sites === listed)!.t,
      sitesDrawn: listed,
      filterToMap: [],
      filterToResults: [],
    };
    return { page, result, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
