import { describe, expect, test } from './support/fixtures';
import { areaM2, isListed, readSampleFeatures } from './support/sample-data';

/** The search page of the built app (it reads the static sample API in dist/api/, no MSW). */

const listedPlots = readSampleFeatures('plots').filter(isListed);
const listedHalls = readSampleFeatures('halls').filter(isListed);
const FULL_COUNT = {
  plots: listedPlots.length,
  halls: listedHalls.length,
  total: listedPlots.length + listedHalls.length,
};
const BIG_PLOTS = listedPlots.filter((f) => areaM2(f) >= 20_000).length;
const BIG_PLOTS_COUNT = { plots: BIG_PLOTS, halls: 0, total: BIG_PLOTS };

describe('search page', () => {
  test('loads without a single request leaving the app origin', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    expect(site.requestsOutsideOrigin()).toEqual([]);
  });

  test('draws the sites on the map canvas', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    await expect.poll(() => site.renderedSiteCount()).toBeGreaterThan(0);
    await site.screenshot('search--map');
  });

  test('kind=plots&area_min=20000 counts the listed plots of at least 20 000 m²', async ({ site }) => {
    expect(BIG_PLOTS, 'data/plots.json has listed plots of at least 20 000 m²').toBeGreaterThan(0);
    await site.openSearch('kind=plots&area_min=20000');
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);
  });

  test('filtering in the filter bar writes the URL, and a reload keeps the view', async ({ site }) => {
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toEqual(FULL_COUNT);
    await site.filterByKind('Flächen');
    await site.filterBySize(20_000);
    await expect.poll(() => site.searchParams().toString()).toBe('kind=plots&area_min=20000');
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);
    await site.reload();
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);
  });

  test('broken parameters still show the page with the full count', async ({ site }) => {
    await site.openSearch('area_min=abc&kind=zzz&state=XX');
    await expect.poll(() => site.resultCount()).toEqual(FULL_COUNT);
    expect(await site.failureMessage()).toBeNull();
    expect(site.pageErrors()).toEqual([]);
  });

  test('a corrupted stored scroll position does not blank the page on reload', async ({ site }) => {
    await site.openSearch();
    await site.storeScrollPositionsOnLoad('null');
    await site.reload();
    await expect.poll(() => site.resultCount()).toEqual(FULL_COUNT);
    expect(await site.resultNames()).not.toEqual([]);
  });

  test('back and forward restore the filters', async ({ site }) => {
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toEqual(FULL_COUNT);
    await site.openSearch('kind=plots&area_min=20000');
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);
    const [first] = await site.resultNames();
    expect(first, 'a listed result').toBeDefined();
    await site.chooseResult(first!);
    await expect.poll(() => site.detailTitle()).toBe(first);

    await site.back();
    await expect.poll(() => site.searchParams().get('area_min')).toBe('20000');
    expect(site.searchParams().get('kind')).toBe('plots');
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);

    await site.back();
    await expect.poll(() => site.searchParams().toString()).toBe('');
    await expect.poll(() => site.resultCount()).toEqual(FULL_COUNT);

    await site.forward();
    await expect.poll(() => site.searchParams().get('area_min')).toBe('20000');
    await expect.poll(() => site.resultCount()).toEqual(BIG_PLOTS_COUNT);

    await site.forward();
    await expect.poll(() => site.detailTitle()).toBe(first);
  });
});
