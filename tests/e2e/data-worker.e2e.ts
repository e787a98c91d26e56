import { afterAll, beforeAll } from 'vitest';
import { itemsRequests } from './support/data-requests';
import { type DevServer, startDevServer } from './support/dev-server';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';
import { SiteFinderDriver } from './support/site-finder-driver';

/**
 * The data worker (decision 0022) fetches, parses and validates the collections: the page
 * itself never requests an items page of plots or halls. In the production build the static API answers it; in
 * `npm run dev` MSW's service worker must answer requests that come from the worker too.
 */

const listed = (collection: string) => readSampleFeatures(collection).filter(isListed).length;
const expected = { plots: listed('plots'), halls: listed('halls') };
/** Items pages of the site collections (news, projects and events load on the page). */
const ofSites = (urls: string[]) => urls.filter((u) => /\/collections\/(plots|halls)\//.test(u));

describe('the data worker', () => {
  test('loads every site of the built app; the page fetches none of their items pages', async ({ site }) => {
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toMatchObject(expected);
    const requests = await itemsRequests(site.page);
    expect(ofSites(requests.page)).toEqual([]);
    expect(requests.worker.some((u) => u.includes('/collections/plots/items'))).toBe(true);
    expect(requests.worker.some((u) => u.includes('/collections/halls/items'))).toBe(true);
  });

  describe('in npm run dev', () => {
    let dev: DevServer;
    beforeAll(async () => {
      dev = await startDevServer();
    }, 90_000);
    afterAll(() => dev?.stop());

    test('MSW answers the requests the data worker makes', async ({ browser }) => {
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
  });
});
