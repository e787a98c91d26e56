import { describe, expect, test } from './support/fixtures';
import {
  boxOf,
  chartTextCut,
  cutOffSideways,
  inFirstScreen,
  overlappingTicks,
  sidewaysScroll,
  smallFields,
  svgTextBelow,
  textOffCentre,
} from './support/layout-measure';
import { isListed, readSampleFeatures } from './support/sample-data';
import type { SiteFinderDriver } from './support/site-finder-driver';

/**
 * The phone-first layout (390 × 844) and the desktop's first screen (1440 × 900), measured as a
 * person sees them: what is in the first screen, what covers what, what scrolls sideways.
 * Screenshots: test-results/phone-*.png, desktop-*.png.
 */

const PHONE = [390, 844] as const;
const plot = readSampleFeatures('plots').find(isListed)!;
const halls = readSampleFeatures('halls').filter(isListed);
const keys = [`plots/${plot.id}`, `halls/${halls[0]!.id}`, `halls/${halls[1]!.id}`];

const sheetHandle = (site: SiteFinderDriver) => site.page.getByRole('button', { name: /^Ergebnisliste: / });
const sheetHeight = async (site: SiteFinderDriver) => (await boxOf(site.page, '.explorer__panel'))!.height;
const count = (site: SiteFinderDriver) => site.page.locator('.result-count');
const openPage = async (site: SiteFinderDriver, path: string) => {
  await site.page.goto(`${site.appUrl}${path}`);
  await site.page.locator('h1').first().waitFor({ state: 'attached' });
};

/** The search on a phone with its filter sheet open. */
async function openFilterSheet(site: SiteFinderDriver) {
  await site.resize(...PHONE);
  await site.openSearch();
  await site.page.getByRole('button', { name: 'Filter', exact: true }).click();
  const dialog = site.page.getByRole('dialog', { name: 'Filter' });
  await dialog.waitFor();
  return dialog;
}

describe('phone (390 × 844)', () => {
  test('the header is one line of at most 64 px; the menu holds the pages, language and unit', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch();
    expect((await boxOf(site.page, '.app__header'))!.height).toBeLessThanOrEqual(64);
    expect((await boxOf(site.page, '.sample-data-note'))!.height).toBeLessThanOrEqual(45);
    const menu = site.page.getByRole('button', { name: /^Menü/ });
    expect(await site.page.getByRole('link', { name: 'Meldungen' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Übersicht', 'Meldungen', 'Projekte', 'Termine'])
      expect(await site.page.getByRole('link', { name }).isVisible()).toBe(true);
    expect(await site.page.getByRole('button', { name: 'English' }).isVisible()).toBe(true);
    expect(await site.page.locator('.app-menu__body').getByLabel('Flächeneinheit').isVisible()).toBe(true);
    await site.screenshot('phone-menu');
    await site.page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The note is one line that opens to the whole sentence.
    const more = site.page.getByRole('button', { name: 'Mehr' });
    await more.click();
    await expect
      .poll(() => site.page.getByRole('note').innerText())
      .toContain('Flächen, Preise, Termine und Kontakte sind erfunden');
  });

  test('the start view fits the results above the sheet, in the preview and in the live map', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch();
    await expect.poll(() => count(site).innerText()).toMatch(/\d/);
    const sheetTop = (await boxOf(site.page, '.explorer__panel'))!.top;
    const dots = site.page.locator('.map-preview__cluster, .map-preview__site');
    await expect.poll(() => dots.count()).toBeGreaterThan(3);
    const dotBottoms = await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    // Leipzig, Dresden and Thüringen too: nothing the search found starts under the sheet.
    expect(Math.max(...dotBottoms)).toBeLessThanOrEqual(sheetTop);
    // Nor under "Karte laden" at the top (the northernmost cluster was).
    const load = (await site.page.getByRole('button', { name: 'Karte laden' }).boundingBox())!;
    const dotBoxes = await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    const under = dotBoxes.filter(
      (d) =>
        d.left < load.x + load.width && d.right > load.x && d.top < load.y + load.height && d.bottom > load.y,
    );
    expect(under).toEqual([]);
    await site.screenshot('phone-start-preview');
    await site.waitForMapRendered();
    const map = (await boxOf(site.page, '.explorer__map'))!;
    const { clusters } = await site.mapState();
    expect(clusters.length).toBeGreaterThan(3);
    for (const c of clusters) expect(map.top + c.y).toBeLessThan(sheetTop);
    // Nor under the folded tools and layers at the top (in two rows they hid Magdeburg's cluster).
    const tools = await site.page
      .locator('.site-map__tools summary')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(tools).toHaveLength(2);
    const radius = 14; // the smallest cluster circle
    const hidden = clusters.filter(({ x, y }) =>
      tools.some(
        (b) =>
          map.left + x > b.left - radius &&
          map.left + x < b.right + radius &&
          map.top + y > b.top - radius &&
          map.top + y < b.bottom + radius,
      ),
    );
    expect(hidden).toEqual([]);
    await site.screenshot('phone-start-live');
  });

  test('"Karte" is the map under the header, with the results as a sheet: peek, half, full', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch('view=map');
    const header = (await boxOf(site.page, '.sample-data-note'))!.bottom;
    const map = (await boxOf(site.page, '.explorer__map'))!;
    expect(map.top).toBeLessThanOrEqual(header + 1);
    expect(map.bottom).toBeGreaterThanOrEqual(PHONE[1] - 1);
    // The peek shows the count and covers little of the map.
    expect(await inFirstScreen(site.page, count(site))).toBe(true);
    expect(await sheetHeight(site)).toBeLessThan(PHONE[1] * 0.2);
    await site.screenshot('phone-map-peek');
    const handle = sheetHandle(site);
    await expect.poll(() => handle.getAttribute('aria-label')).toMatch(/eingeklappt/);
    await handle.click();
    await expect.poll(() => handle.getAttribute('aria-label')).toMatch(/halbe Höhe/);
    await expect.poll(() => sheetHeight(site)).toBeGreaterThan((PHONE[1] - header) * 0.45);
    await site.screenshot('phone-map-half');
    await handle.press('ArrowUp');
    await expect.poll(() => handle.getAttribute('aria-label')).toMatch(/volle Höhe/);
    await handle.press('ArrowDown');
    await handle.press('ArrowDown');
    await expect.poll(() => handle.getAttribute('aria-label')).toMatch(/eingeklappt/);
    // A drag upwards snaps to the nearest size (from where the grip rests after its animation).
    await expect.poll(() => sheetHeight(site)).toBeLessThan(PHONE[1] * 0.2);
    await site.page.waitForTimeout(400);
    const grip = (await handle.boundingBox())!;
    await site.page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await site.page.mouse.down();
    await site.page.mouse.move(grip.x + grip.width / 2, grip.y - 600, { steps: 8 });
    await site.page.mouse.up();
    await expect.poll(() => handle.getAttribute('aria-label')).toMatch(/volle Höhe/);
    expect(await sidewaysScroll(site.page)).toBe(0);
  });

  test('the filters open as a full-screen sheet; "n Ergebnisse anzeigen" and Back close it, the choice stays', async ({
    site,
  }) => {
    const dialog = await openFilterSheet(site);
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(1);
    expect(box.height).toBeGreaterThanOrEqual(PHONE[1] - 1);
    await site.page.getByRole('radio', { name: /^Flächen/ }).check();
    const show = site.page.getByRole('button', { name: /^\d+ Ergebnisse anzeigen$/ });
    const plots = (await site.resultCount()).plots;
    await expect.poll(() => show.innerText()).toBe(`${plots} Ergebnisse anzeigen`);
    expect(await inFirstScreen(site.page, show)).toBe(true);
    await site.screenshot('phone-filters');
    await site.back();
    await expect.poll(() => dialog.count()).toBe(0);
    // Back closed the sheet and undid nothing (the blocked step back is returned at once).
    await expect.poll(() => site.searchParams().get('kind')).toBe('plots');
    await site.page.getByRole('button', { name: 'Filter (1 aktiv)' }).click();
    await show.click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  test('a site opens as a sheet over the map, its facts in the first screen; Back returns to the results', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch();
    const [first] = await site.resultNames();
    await site.chooseResult(first!);
    expect(await site.detailTitle()).toBe(first);
    // The sheet grows to its full height in 0.18 s; on a busy machine the check came mid-way.
    await expect.poll(() => inFirstScreen(site.page, site.page.locator('h1'))).toBe(true);
    const overview = site.page.getByRole('heading', { name: 'Überblick' });
    await expect.poll(() => inFirstScreen(site.page, overview)).toBe(true);
    // The map still shows above the sheet.
    const sheetTop = (await boxOf(site.page, '.explorer__panel'))!.top;
    const mapTop = (await boxOf(site.page, '.explorer__map'))!.top;
    expect(sheetTop - mapTop).toBeGreaterThan(20);
    await site.screenshot('phone-detail');
    await site.back();
    await expect.poll(() => inFirstScreen(site.page, count(site))).toBe(true);
  });

  test('"Karte" on a site page lowers the sheet to the site\'s name: the site shows on the map above it, and "Liste und Karte" raises it again', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await openPage(site, '/sites/plots/gf-leipzig-gvz-01');
    await expect.poll(() => inFirstScreen(site.page, site.page.locator('h1'))).toBe(true);
    await site.page.getByRole('button', { name: 'Karte', exact: true }).click();
    // The peek: the view switch, the back link and the site's name, the rest of the screen map.
    await expect.poll(() => sheetHeight(site)).toBeLessThan(PHONE[1] * 0.3);
    await expect.poll(() => inFirstScreen(site.page, site.page.locator('h1'))).toBe(true);
    // The site, marked in the preview (and then the live map), lies in the open map above the sheet.
    const sheetTop = (await boxOf(site.page, '.explorer__panel'))!.top;
    const mapTop = (await boxOf(site.page, '.explorer__map'))!.top;
    const mark = site.page.locator('.map-preview__selected-ring');
    if (await mark.count()) {
      const ring = (await mark.boundingBox())!;
      expect(ring.y).toBeGreaterThan(mapTop);
      expect(ring.y + ring.height).toBeLessThan(sheetTop);
    }
    await site.waitForMapRendered();
    expect((await site.mapState()).selectedSite).toBe('plots/gf-leipzig-gvz-01');
    await site.screenshot('phone-detail-map');
    await site.page.getByRole('button', { name: 'Liste und Karte', exact: true }).click();
    await expect.poll(() => inFirstScreen(site.page, site.page.locator('h1'))).toBe(true);
  });

  test("compare shows three sites side by side, each row's name on a line above its values", async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openCompare(keys);
    const table = site.page.getByRole('table');
    const names = table.getByRole('columnheader').filter({ has: site.page.getByRole('link') });
    await expect.poll(() => names.count()).toBe(3);
    for (const name of await names.all()) expect(await inFirstScreen(site.page, name)).toBe(true);
    const area = table
      .getByRole('row')
      .filter({ has: site.page.getByRole('rowheader', { name: /^Fläche/ }) });
    const label = (await area.getByRole('rowheader').boundingBox())!;
    const cells = await area.getByRole('cell').all();
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(await inFirstScreen(site.page, cell)).toBe(true);
      expect((await cell.boundingBox())!.y).toBeGreaterThanOrEqual(label.y + label.height - 1);
    }
    expect(await sidewaysScroll(site.page)).toBe(0);
    await site.screenshot('phone-compare');

    // Five sites scroll sideways in the table's box; the row names stay at its left edge.
    const five = readSampleFeatures('plots')
      .filter(isListed)
      .slice(0, 5)
      .map((f) => `plots/${f.id}`);
    await site.openCompare(five);
    const box = site.page.locator('.compare-table__scroll');
    await box.evaluate((el) => (el.scrollLeft = 300));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const left = (await box.boundingBox())!.x;
    // Where the row name's text is drawn (its first text node), not its cell's box.
    const rowName = await table.getByRole('rowheader', { name: /^Fläche/ }).evaluate((th) => {
      const text = document.createTreeWalker(th, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.selectNodeContents(text);
      return range.getBoundingClientRect();
    });
    expect(rowName.x).toBeGreaterThanOrEqual(left);
    expect(await sidewaysScroll(site.page)).toBe(0);
  });

  test('links and labels that look like buttons centre their text as the buttons do, at touch height', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await openPage(site, '/searches');
    await site.page.locator('.backup-actions label.button').waitFor();
    const [exportButton, importLabel] = await Promise.all([
      boxOf(site.page, '.backup-actions button'),
      boxOf(site.page, '.backup-actions label.button'),
    ]);
    expect(importLabel!.height).toBeCloseTo(exportButton!.height, 0);
    expect(Math.abs((await textOffCentre(site.page, '.backup-actions label.button'))!)).toBeLessThanOrEqual(
      2,
    );
    await openPage(site, `/sites/${keys[0]!}`);
    await site.page.locator('a.site-detail__contact').waitFor();
    expect((await boxOf(site.page, 'a.site-detail__contact'))!.height).toBeGreaterThanOrEqual(44);
    expect(Math.abs((await textOffCentre(site.page, 'a.site-detail__contact'))!)).toBeLessThanOrEqual(2);
  });

  test("a link's filters are named under the filter button, in the first screen, without opening the sheet", async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch('area_min=100000&rail=1');
    const summary = site.page.locator('.filter-drawer__summary');
    await expect.poll(() => summary.innerText()).toBe('Fläche ab: 10\u00a0ha · Gleisanschluss');
    expect(await inFirstScreen(site.page, summary)).toBe(true);
    // Not on a wide screen, where the filters and their chips are always in view.
    await site.resize(1440, 900);
    expect(await summary.isVisible()).toBe(false);
  });

  test('every text field and menu has text of at least 16 px, so the phone does not zoom into it', async ({
    site,
  }) => {
    const dialog = await openFilterSheet(site);
    await dialog.evaluate((d) => d.querySelectorAll('details').forEach((section) => (section.open = true)));
    const small = await smallFields(site.page);
    await site.openSearch();
    await site.page.getByRole('button', { name: /^Menü/ }).click();
    small.push(...(await smallFields(site.page)));
    for (const path of ['/news', '/events', '/overview', `/shortlist?ids=${keys.join(',')}`]) {
      await openPage(site, path);
      await site.settle();
      small.push(...(await smallFields(site.page)));
    }
    expect(small).toEqual([]);
  });

  test('"Liste" shows the count and the first card in the first screen', async ({ site }) => {
    await site.resize(...PHONE);
    await site.openSearch('view=list');
    await site.settle();
    expect(await inFirstScreen(site.page, count(site))).toBe(true);
    expect(await inFirstScreen(site.page, site.page.locator('.site-card').first())).toBe(true);
    await site.screenshot('phone-list');
  });

  test('in the half sheet the cards stay in reach when the bar above them grows (a search just saved)', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch('kind=plots&area_min=50000&rail=1');
    await site.settle();
    const save = site.page.getByRole('button', { name: 'Suche speichern' });
    await save.click();
    await site.page.getByRole('textbox', { name: 'Name der Suche' }).press('Enter');
    await site.page.getByText(/^Suche „.*“ gespeichert\.$/).waitFor();
    // The focus goes back to the button (which brings it into view) before the person scrolls on.
    await expect.poll(() => save.evaluate((button) => button === document.activeElement)).toBe(true);
    // The bar now fills the half sheet; the sheet scrolls to the list, and the list holds cards
    // (it had shrunk to 0 px, and with it every card).
    await site.page.locator('.explorer__panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    const panel = (await boxOf(site.page, '.explorer__panel'))!;
    const card = site.page.locator('.site-card').first();
    await card.waitFor();
    const first = (await card.boundingBox())!;
    expect(first.y).toBeGreaterThanOrEqual(panel.top);
    expect(panel.bottom - first.y).toBeGreaterThan(120);
    await site.screenshot('phone-half-saved-search');
  });

  test('the result actions start at the left of the sheet in either language; in the wide list they sit right of the count, on one line', async ({
    site,
  }) => {
    const offsetFromBar = async () => {
      const bar = (await boxOf(site.page, '.result-bar'))!;
      const first = (await boxOf(site.page, '.result-actions .copy-link'))!;
      return { left: first.left - bar.left, right: bar.right - first.right, top: first.top - bar.top };
    };
    await site.resize(...PHONE);
    for (const lang of ['de', 'en']) {
      await site.openSearch(`lang=${lang}`);
      await site.settle();
      // English labels fit one line; they used to move to its right end.
      expect((await offsetFromBar()).left).toBeLessThan(16);
    }
    await site.screenshot('phone-result-actions-en');
    await site.resize(1440, 900);
    await site.openSearch('lang=en&view=list');
    await site.settle();
    const wide = await offsetFromBar();
    expect(wide.left).toBeGreaterThan(400);
    expect(wide.top).toBeLessThan(16);
    // "Exportieren" reads on one line with the buttons beside it (it sat 6–7 px higher).
    const middle = async (selector: string) => {
      const box = (await boxOf(site.page, selector))!;
      return box.top + box.height / 2;
    };
    const summary = await middle('.result-actions .export-menu summary');
    expect(Math.abs(summary - (await middle('.result-actions .copy-link')))).toBeLessThan(3);
  });

  test('on a line of its own, the "Knapp verfehlt" toggle lines up with the result actions, inside the sheet', async ({
    site,
  }) => {
    await site.resize(...PHONE);
    await site.openSearch('area_min=100000');
    await site.settle();
    const bar = (await boxOf(site.page, '.result-bar'))!;
    const toggle = (await boxOf(site.page, '.near-misses__toggle'))!;
    const copy = (await boxOf(site.page, '.result-actions .copy-link'))!;
    expect(toggle.top, 'the toggle wraps below the count here').toBeGreaterThan(bar.top + 16);
    expect(
      Math.abs(toggle.left - copy.left),
      `toggle at ${toggle.left}, actions at ${copy.left}`,
    ).toBeLessThan(2);
    expect(toggle.left - bar.left).toBeGreaterThanOrEqual(8);

    // Opened, the list keeps the same margin on both sides, inside the sheet.
    await site.page.locator('.near-misses__toggle').click();
    const panel = (await boxOf(site.page, '.near-misses__panel'))!;
    const margins = { left: panel.left - bar.left, right: bar.right - panel.right };
    expect(Math.abs(margins.left - 8), JSON.stringify(margins)).toBeLessThan(1);
    expect(Math.abs(margins.right - 8), JSON.stringify(margins)).toBeLessThan(1);
  });

  const pages: [string, (site: SiteFinderDriver) => Promise<void>][] = [
    ['search', (site) => site.openSearch()],
    ['detail', (site) => site.openSite(`plots/${plot.id}`)],
    ['compare', (site) => site.openCompare(keys)],
    ['overview', (site) => openPage(site, '/overview')],
    ['shortlist', (site) => site.openSharedShortlist(keys)],
    ['news', (site) => site.openNews()],
    ['projects', (site) => site.openProjects()],
    ['events', (site) => openPage(site, '/events')],
  ];
  for (const [name, open] of pages)
    test(`${name}: nothing scrolls sideways or is cut off at the side, chart text at least 11 px, whole and apart, disclosures show their state`, async ({
      site,
    }) => {
      await site.resize(...PHONE);
      await open(site);
      await site.settle();
      await site.screenshot(`phone-page-${name}`);
      expect(await sidewaysScroll(site.page)).toBe(0);
      expect(await cutOffSideways(site.page)).toEqual([]);
      expect(await svgTextBelow(site.page, 11)).toEqual([]);
      expect(await chartTextCut(site.page)).toEqual([]);
      expect(await overlappingTicks(site.page)).toEqual([]);
      const markers = await site.page.evaluate(() =>
        Array.from(document.querySelectorAll('summary'))
          .filter((s) => s.getClientRects().length > 0)
          .map((s) => {
            const marker = getComputedStyle(s, '::before').content;
            const native = getComputedStyle(s).display === 'list-item';
            return `${(s.parentElement as HTMLDetailsElement).open ? 'open' : 'closed'}:${native ? 'native' : marker}`;
          }),
      );
      for (const m of markers) expect(m).toMatch(/^(open:(native|"▾")|closed:(native|"▸"))$/);
    });
});

describe('desktop (1440 × 900)', () => {
  test('the count and two cards are in the first screen with the filter sections closed, and stay there when sections open', async ({
    site,
  }) => {
    await site.resize(1440, 900);
    await site.openSearch();
    await site.settle();
    for (const open of await site.page.locator('details.filter-section[open] > summary').all())
      await open.click();
    const cards = site.page.locator('.site-card');
    expect(await inFirstScreen(site.page, count(site))).toBe(true);
    expect(await inFirstScreen(site.page, cards.nth(0))).toBe(true);
    expect(await inFirstScreen(site.page, cards.nth(1))).toBe(true);
    await site.screenshot('desktop-search');
    for (const title of ['Größe', 'Lage', 'Verkehr und Verfügbarkeit']) await site.openFilterSection(title);
    expect(await inFirstScreen(site.page, count(site))).toBe(true);
    expect(await inFirstScreen(site.page, cards.nth(0))).toBe(true);
    await site.screenshot('desktop-search-sections-open');
  });
});
