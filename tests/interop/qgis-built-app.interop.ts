import { readFileSync } from 'node:fs';
import { describe, expect, test } from '../e2e/support/fixtures';
import { apiUrl } from '../e2e/support/urls';

/**
 * The built app (`vite build` with `VITE_API_BASE_URL` = QGIS Server's landing page, behind
 * scripts/interop/cors-proxy.ts) served by `vite preview` on another origin, in headless
 * Chromium: the data of data/ published by QGIS Server shows as it does from the sample API.
 */

/** What the search page should count: every site of data/ that is not withdrawn. */
function listedInData(file: 'plots' | 'halls'): number {
  const { features } = JSON.parse(
    readFileSync(new URL(`../../data/${file}.json`, import.meta.url), 'utf8'),
  ) as { features: { properties: { status?: string } }[] };
  return features.filter((f) => f.properties.status !== 'withdrawn').length;
}

const expected = () => {
  const plots = listedInData('plots');
  const halls = listedInData('halls');
  return { plots, halls, total: plots + halls };
};

const apiOrigin = () => new URL(apiUrl()).origin;

describe('the built app reading QGIS Server', () => {
  test('the search page counts every plot and hall of data/, loaded from QGIS Server', async ({ site }) => {
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toEqual(expected());
    const fromApi = site.requestsOutsideOrigin().filter((url) => url.startsWith(`${apiOrigin()}/wfs3`));
    expect(fromApi.some((url) => /\/collections\/plots\/items/.test(url))).toBe(true);
    expect(fromApi.some((url) => /\/collections\/halls\/items/.test(url))).toBe(true);
    expect(site.requestedPaths().filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(await site.showsSampleDataNote()).toBe(false);
    expect(site.pageErrors()).toEqual([]);
  });

  test("a site's detail page opens from the list, and again from its link (server-assigned id)", async ({
    site,
  }) => {
    await site.openSearch('kind=halls&sort=name');
    const [first] = await site.resultNames();
    await site.chooseResult(first!);
    expect(await site.detailTitle()).toBe(first);
    const path = new URL(site.page.url()).pathname;
    expect(path).toMatch(/^\/sites\/halls\/\d+$/);
    await site.openSite(path.replace(/^\/sites\//, ''));
    expect(await site.detailTitle()).toBe(first);
    expect(site.pageErrors()).toEqual([]);
  });

  test('the policy lets the app connect to the API origin and nothing is blocked, map included', async ({
    site,
  }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    await expect.poll(() => site.renderedSiteCount()).toBeGreaterThan(0);
    const policy = (await site.contentSecurityPolicy()) ?? '';
    const connect = policy.split('; ').find((d) => d.startsWith('connect-src '));
    expect(connect?.split(' ')).toContain(apiOrigin());
    expect(await site.cspViolations()).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
  });
});
