import type { Page } from 'playwright-core';

/** Which thread fetched the collections' items pages: the page itself, or its data worker. */
export interface ItemsRequests {
  page: string[];
  worker: string[];
}

// Runs in the browser: the items pages of any collection, GeoJSON or column pages, from the API
// (`…/collections/plots/items?f=columns`) or the static build (`…/collections/plots/columns-1.json`).
const itemsRead = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/collections\/[^/]+\/(items|columns-\d+\.json)/.test(new URL(name).pathname));

/** Reads the resource timing of the page and of its data worker (`name: 'sf-data'`). */
export async function itemsRequests(page: Page): Promise<ItemsRequests> {
  const inPage = await page.evaluate(itemsRead);
  const workers = page.workers().filter((w) => w.url().includes('data-worker'));
  const inWorkers = await Promise.all(workers.map((w) => w.evaluate(itemsRead)));
  // Unique: in `npm run dev` React's StrictMode cancels and restarts the first load.
  return { page: [...new Set(inPage)], worker: [...new Set(inWorkers.flat())] };
}
