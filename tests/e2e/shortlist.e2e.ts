import { SiteFinderDriver } from './support/site-finder-driver';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';
import { appUrl } from './support/urls';

/** The shortlist (Merkliste), shared shortlist links and copied view links. */

describe('shortlist', () => {
  test('the shortlist survives a reload', async ({ site }) => {
    await site.openSearch('kind=halls');
    const [first, second] = await site.resultNames();
    await site.addToShortlist(second!);
    await site.addToShortlist(first!);
    await expect.poll(() => site.shortlistCount()).toBe(2);
    await site.reload();
    await expect.poll(() => site.shortlistCount()).toBe(2);
    await site.openShortlist();
    expect((await site.shortlistEntries()).map((e) => e.name)).toEqual([second, first]);
  });

  test('a shared shortlist link shows the same sites in a fresh browser, naming withdrawn and unknown ones', async ({
    site,
  }) => {
    const plots = readSampleFeatures('plots');
    const halls = readSampleFeatures('halls');
    const listedPlot = plots.find(isListed)!;
    const hall = halls.filter(isListed)[3]!;
    const withdrawn = [...plots, ...halls].find((f) => !isListed(f));
    const keys = [`halls/${hall.id}`, `plots/${listedPlot.id}`, 'plots/gibt-es-nicht'];
    const expected = [
      { name: String(hall.properties.name), withdrawn: false },
      { name: String(listedPlot.properties.name), withdrawn: false },
      { name: 'Unbekannter Standort: plots/gibt-es-nicht', withdrawn: false },
    ];
    if (withdrawn) {
      const collection = plots.includes(withdrawn) ? 'plots' : 'halls';
      keys.push(`${collection}/${withdrawn.id}`);
      expected.push({ name: String(withdrawn.properties.name), withdrawn: true });
    }
    await site.openSharedShortlist(keys);
    expect(await site.shortlistEntries()).toEqual(expected);
    expect(await site.shortlistCount()).toBe(0); // read-only: the recipient's own list is untouched
  });

  test('a copied view link reproduces the same ordered results without the language', async ({
    site,
    browser,
  }) => {
    await site.openSearch('kind=plots&area_min=20000&lang=de');
    const count = await site.resultCountText();
    const names = await site.resultNames();
    const link = await site.copyViewLink();
    expect(new URL(link).searchParams.has('lang')).toBe(false);
    expect(new URL(link).searchParams.get('area_min')).toBe('20000');
    const recipient = await SiteFinderDriver.open(browser, appUrl());
    try {
      await recipient.page.goto(link);
      expect(await recipient.resultCountText()).toBe(count);
      // The list is virtual: how many rows are rendered at a given moment depends on when the
      // rows were measured, so compare the rows both have rendered, in order.
      const received = await recipient.resultNames();
      const shared = Math.min(received.length, names.length);
      expect(shared).toBeGreaterThanOrEqual(5);
      expect(received.slice(0, shared)).toEqual(names.slice(0, shared));
    } finally {
      await recipient.close();
    }
  });
});
