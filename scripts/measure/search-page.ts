import type { Page } from 'playwright-core';

/** Waits until the search page shows its full result count ("… Flächen · … Hallen"). */
export async function waitForFullCount(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /Flächen · .*Hallen/ })
    .waitFor({ timeout: 300_000 });
}

/**
 * Starts the live map (a preview until the first interaction) as a visitor's pointer does, and
 * waits until it has drawn the sites.
 */
export async function startLiveMap(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await page.waitForFunction(
    () => Number(document.querySelector('[data-rendered-sites]')?.getAttribute('data-rendered-sites')) > 0,
    undefined,
    { timeout: 300_000 },
  );
}

/**
 * Waits for the first contentful paint, then moves the pointer over the map, which starts the
 * live map (as a desktop user does who reaches for it while the sites load).
 */
export async function moveOverMapAtFirstPaint(page: Page, timeout = 300_000): Promise<void> {
  const spot = await page.waitForFunction(
    () => {
      const map = document.querySelector('.site-map');
      if (!performance.getEntriesByName('first-contentful-paint').length || !map) return null;
      const r = map.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    undefined,
    { polling: 'raf', timeout },
  );
  const { x, y } = (await spot.jsonValue())!;
  await page.mouse.move(x, y);
  await page.mouse.move(x + 3, y + 3);
}

// CSS locators, checked once against the accessible names (`checkFilterControls`): resolving
// getByLabel/getByRole walks the whole DOM inside the page on every action (Playwright's injected
// script) and showed up as ~100–300 ms of main-thread work around each measured change.
const SIZE_FIELD = '.filter-row input >> nth=0';
/** The kind radios in their order: Alle, Flächen, Hallen. */
const KIND_RADIOS = 'input[type="radio"][name="kind"]';

/** Throws unless the CSS locators still find the controls a person would name. */
export async function checkFilterControls(page: Page): Promise<void> {
  // The field reads in the view's unit (ha or m², by the user's choice); a typed unit wins.
  const sizeId = await page.getByLabel(/^Fläche von \((ha|m²)\)$/).getAttribute('id');
  if ((await page.locator(SIZE_FIELD).getAttribute('id')) !== sizeId) throw new Error('size field moved');
  if ((await page.locator(KIND_RADIOS).count()) !== 3) throw new Error('kind radios moved');
}

/**
 * The k-th change of a measured series: a growing minimum area typed and committed with Enter,
 * or the kind radios in turn (Flächen, Hallen, Alle).
 */
export async function changeFilter(page: Page, filter: 'size' | 'kind', k: number): Promise<void> {
  if (filter === 'kind') {
    // click(), not check(): the radio follows the URL a moment later.
    await page
      .locator(KIND_RADIOS)
      .nth([1, 2, 0][k % 3]!)
      .click();
    return;
  }
  await page.locator(SIZE_FIELD).fill(`${5000 + k * 1000} m²`);
  await page.locator(SIZE_FIELD).press('Enter');
}
