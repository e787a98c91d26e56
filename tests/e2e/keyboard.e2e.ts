import { describe, expect, test } from './support/fixtures';

/** The whole journey by keyboard alone: filters → list → detail → shortlist → export. */

describe('keyboard', () => {
  test('filters, list, detail, shortlist and export work with the keyboard alone', async ({ site }) => {
    await site.openSearch();
    // Filters: the kind radios are one Tab stop; the arrow keys choose.
    await site.tabTo(/^Alle$/);
    await site.press('ArrowRight');
    await site.press('ArrowRight');
    await expect.poll(() => site.resultCountText()).toMatch(/^\d+ Hallen$/);
    expect(site.searchParams().get('kind')).toBe('halls');
    // The list may paint a moment after the count: wait until it shows halls.
    await expect.poll(async () => site.resultKey((await site.resultNames())[0]!)).toMatch(/^halls\//);

    // List → detail: back to the skip link, which jumps over the filters to the list; focus then
    // lands on the site's heading.
    await site.tabTo(/^Zu den Ergebnissen springen$/, { backwards: true });
    await site.press('Enter');
    const [first] = await site.resultNames();
    await site.tabTo(new RegExp(`^${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await site.press('Enter');
    await expect.poll(() => site.detailTitle()).toBe(first);
    await expect.poll(() => site.focused()).toEqual({ tag: 'h1', name: first });

    // Shortlist: "Merken" on the site page, then the header link.
    await site.tabTo(/Merken: /);
    await site.press('Enter');
    await expect.poll(() => site.shortlistCount()).toBe(1);
    await site.tabTo(/^Merkliste, 1 Standort$/);
    await site.press('Enter');
    await expect.poll(() => site.focused()).toEqual({ tag: 'h1', name: 'Merkliste' });

    // Export: open the menu, download the CSV.
    await site.tabTo(/^Exportieren$/);
    await site.press('Enter');
    await site.tabTo(/^CSV herunterladen$/);
    const download = site.page.waitForEvent('download');
    await site.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^merkliste-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test('the result count is a polite live region', async ({ site }) => {
    await site.openSearch();
    const live = await site.page
      .getByRole('status')
      .filter({ hasText: /Flächen/ })
      .getAttribute('aria-live');
    expect(live).toBe('polite');
  });

  test('loading placeholders show, and stay still (no frames drawn for them during the load)', async ({
    site,
  }) => {
    await site.slowApi(4_000);
    await site.page.goto(site.appUrl);
    expect(await site.skeletonAnimation()).toBe('none');
    expect(await site.runningAnimations()).toEqual([]);
  });
});
