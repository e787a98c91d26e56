import { SiteFinderDriver } from './support/site-finder-driver';
import { describe, expect, test } from './support/fixtures';
import { appUrl } from './support/urls';

/**
 * The investor profile, entered with the UI alone: at least 10 ha of GI land, the
 * nearest junction on the A9 or A14 within 20 km, a rail siding, available within 12 months,
 * and a price up to 40 €/m² as a wish. Each card says why it matches, the near misses say what
 * they lack, and a copied link opens the same ranked view in a fresh browser.
 */
const inAYear = () => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return d.toISOString().slice(0, 10);
};

describe('a requirement profile with a wish', () => {
  test('is entered with the UI, explains each result and its near misses, and travels as a link', async ({
    site,
    browser,
  }) => {
    const { page } = site;
    await site.openSearch();
    await site.filterByKind('Flächen');
    const areaMin = page.getByLabel('Fläche von (ha)');
    await areaMin.fill('10 ha');
    await areaMin.press('Enter');
    await site.openFilterSection('Verkehr und Verfügbarkeit');
    await site.chooseOption('A9');
    await site.chooseOption('A14');
    const junction = page.getByLabel('Autobahn-Anschlussstelle höchstens');
    await junction.fill('20');
    await junction.press('Enter');
    await page.getByRole('radio', { name: 'bis zu einem Datum' }).click();
    await page.locator('input[type="date"]').fill(inAYear());
    await site.openFilterSection('Gewerbeflächen');
    await site.chooseOption('GI – Industriegebiet');
    await site.chooseOption('Gleisanschluss');
    const price = page.getByLabel('Kaufpreis bis');
    await price.fill('40');
    await price.press('Enter');
    await page
      .getByRole('radiogroup', { name: 'Kaufpreis: Muss oder Wunsch' })
      .getByRole('radio', { name: 'Wunsch' })
      .click();

    await expect
      .poll(() => Object.fromEntries(site.searchParams()))
      .toEqual({
        kind: 'plots',
        area_min: '100000',
        junction_km_max: '20',
        autobahn: 'A9,A14',
        avail: inAYear(),
        zoning: 'GI',
        price_max: '40',
        rail: '1',
        want: 'price',
      });
    await expect.poll(() => site.resultCount().then((c) => c.plots)).toBeGreaterThan(1);
    await expect.poll(() => page.getByLabel('Sortierung').inputValue()).toBe('fit');

    // Each card says why it matches: the junction on the A9 or A14, the siding, the zoning, the wish.
    const cards = page.locator('.result-list article');
    const n = await cards.count();
    expect(n).toBeGreaterThan(1);
    for (let k = 0; k < n; k++) {
      const facts = await cards.nth(k).getByRole('list', { name: 'Gesuchte Merkmale' }).innerText();
      expect(facts).toMatch(/A(9|14) .+\skm/);
      expect(facts).toContain('Gleisanschluss');
      expect(facts).toContain('GI');
      expect(await cards.nth(k).innerText()).toMatch(/[01] von 1 Wünschen erfüllt/);
    }
    // Meeting the price wish ranks first.
    expect(await cards.first().innerText()).toContain('1 von 1 Wünschen erfüllt');

    // The near misses say what is missing.
    await page.getByRole('button', { name: /^Knapp verfehlt \(\d+\)$/ }).click();
    const panel = page.getByRole('region', { name: 'Knapp verfehlt' });
    expect(await panel.getByRole('listitem').first().innerText()).toMatch(/statt|ohne|keine Angabe/);

    // The same view from a copied link, in a fresh browser.
    const count = await site.resultCountText();
    const names = await site.resultNames();
    const recipient = await SiteFinderDriver.open(browser, appUrl());
    try {
      await recipient.page.goto(page.url());
      expect(await recipient.resultCountText()).toBe(count);
      const received = await recipient.resultNames();
      const shared = Math.min(received.length, names.length);
      expect(received.slice(0, shared)).toEqual(names.slice(0, shared));
      expect(await recipient.page.getByLabel('Sortierung').inputValue()).toBe('fit');
      expect(await recipient.page.locator('.result-list article').first().innerText()).toContain(
        '1 von 1 Wünschen erfüllt',
      );
    } finally {
      await recipient.close();
    }
  });
});
