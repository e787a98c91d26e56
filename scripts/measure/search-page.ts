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
