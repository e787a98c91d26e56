import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';

/** Language in the link, scroll position after a detail, titles and link-preview tags. */

const plot = readSampleFeatures('plots').find(isListed)!;

describe('comfort', () => {
  test('a link with lang=en opens in English, and the choice survives a reload without it', async ({
    site,
  }) => {
    await site.openSearch('kind=plots&lang=en');
    expect(await site.resultCountText()).toMatch(/^\d+ plots$/);
    expect(await site.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await site.page.goto(`${site.appUrl}/news`);
    await site.page.getByRole('heading', { level: 1, name: 'News from the region' }).waitFor();
    await site.page.getByRole('button', { name: 'Deutsch' }).click();
    await site.page.getByRole('heading', { level: 1, name: 'Meldungen aus der Region' }).waitFor();
  });

  test('back from a detail restores the list at the same place', async ({ site }) => {
    await site.openSearch();
    const scrolled = await site.scrollResultsTo(1500);
    expect(scrolled).toBeGreaterThan(500);
    const shown = await site.visibleResultNames();
    expect(shown).not.toHaveLength(0);
    await site.chooseResult(shown[0]!);
    await site.detailTitle();
    await site.back();
    await expect.poll(async () => Math.abs((await site.resultsScrollTop()) - scrolled)).toBeLessThan(5);
    expect(await site.visibleResultNames()).toContain(shown[0]);
  });

  test('with no results, the ways to find more are buttons as tall as a fingertip, without bullets', async ({
    site,
  }) => {
    await site.openSearch('area_min=100000000');
    await site.page.getByText('So finden Sie mehr:').waitFor();
    const list = site.page.locator('.empty-results__list');
    const buttons = list.getByRole('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
    for (const height of await buttons.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().height),
    ))
      expect(height).toBeGreaterThanOrEqual(44);
  });

  test('every page has its own title; the head carries description and preview tags', async ({ site }) => {
    await site.openSite(`plots/${plot.id}`);
    await expect
      .poll(() => site.page.title())
      .toBe(`${String(plot.properties.name)} – Standortfinder Mitteldeutschland`);
    await site.openNews();
    await expect
      .poll(() => site.page.title())
      .toBe('Meldungen aus der Region – Standortfinder Mitteldeutschland');
    expect(await site.meta('description')).toMatch(/Gewerbeflächen und Hallen/);
    expect(await site.meta('og:title')).toBe('Standortfinder Mitteldeutschland');
    expect(await site.meta('twitter:card')).toBe('summary_large_image');
    const image = await site.meta('og:image');
    const response = await site.page.request.get(new URL(image!, site.appUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
  });
});
