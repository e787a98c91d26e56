import { afterAll, beforeAll } from 'vitest';
import { itemsRequests } from './support/data-requests';
import { type DevServer, startDevServer } from './support/dev-server';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';
import { SiteFinderDriver } from './support/site-finder-driver';

/**
 * The data worker (decision 0022, `VITE_DATA_WORKER=on`) fetches, parses and validates the site
 * collections: the page itself never requests an items page of plots or halls. In `npm run dev`
 * MSW's service worker must answer requests that come from the worker too.
 */

const listed = (collection: string) => readSampleFeatures(collection).filter(isListed).length;
const expected = { plots: listed('plots'), halls: listed('halls') };
/** Items pages of the site collections (news, projects and events load on the page). */
const ofSites = (urls: string[]) => urls.filter((u) => /\/collections\/(plots|halls)\//.test(u));

describe('the data worker in npm run dev', () => {
  let dev: DevServer;
  beforeAll(async () => {
    dev = await startDevServer({ VITE_DATA_WORKER: 'on' });
  }, 90_000);
  afterAll(() => dev?.stop());

  test('loads every site; MSW answers its requests and the page fetches none', async ({ browser }) => {
    const site = await SiteFinderDriver.open(browser, dev.url);
    try {
      await site.openSearch();
      await expect.poll(() => site.resultCount(), { timeout: 60_000 }).toMatchObject(expected);
      const requests = await itemsRequests(site.page);
      expect(ofSites(requests.page)).toEqual([]);
      expect(ofSites(requests.worker)).toHaveLength(2);
      expect(site.pageErrors()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  test('without the setting (the built app as CI builds it), the page loads the sites itself', async ({
    site,
  }) => {
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toMatchObject(expected);
    const requests = await itemsRequests(site.page);
    expect(ofSites(requests.page).some((u) => u.includes('/collections/plots/'))).toBe(true);
    expect(ofSites(requests.page).some((u) => u.includes('/collections/halls/'))).toBe(true);
    // The API and the static build offer column pages beside GeoJSON, and the app reads them (decision 0024).
    expect(
      ofSites(requests.page).every((u) => /\/columns-\d+\.json(\?|$)|[?&]f=columns\b/.test(u)),
      requests.page.join(' '),
    ).toBe(true);
    expect(requests.worker).toEqual([]);
  });
});
