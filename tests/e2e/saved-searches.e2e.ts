import { describe, expect, test } from './support/fixtures';

/** Saving a search, keeping it over a reload, opening it from the header menu (and reloading it). */

describe('saved searches', () => {
  test('a saved search survives a reload and opens from the header menu with one click', async ({ site }) => {
    const page = site.page;
    await site.openSearch('kind=halls&avail=P12M');
    const halls = await site.resultCountText();
    await page.getByRole('button', { name: 'Suche speichern' }).click();
    const name = page.getByRole('textbox', { name: 'Name der Suche' });
    await expect.poll(() => name.inputValue()).toBe('Art: Hallen · Verfügbar bis: innerhalb von 12 Monaten');
    await name.fill('Hallen in 12 Monaten');
    await name.press('Enter');
    await page.getByText('Suche „Hallen in 12 Monaten“ gespeichert.').waitFor();

    await site.openSearch();
    await site.reload();
    await page.getByRole('link', { name: 'Gespeicherte Suchen (1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gespeicherte Suchen' }).waitFor();
    await page.getByRole('link', { name: 'Hallen in 12 Monaten' }).click();
    await expect.poll(() => site.resultCountText()).toBe(halls);
    expect(site.searchParams().get('avail')).toBe('P12M');
    expect(site.searchParams().get('kind')).toBe('halls');
    // What the opening found stays over a reload of the tab (the opening is recorded already).
    const found = page.getByText(/^0 neu, 0 geändert seit \d\d\.\d\d\.\d{4}$/);
    await found.waitFor();
    await site.reload();
    await expect.poll(() => site.resultCountText()).toBe(halls);
    await found.waitFor();

    await page.getByRole('link', { name: 'Gespeicherte Suchen (1)' }).click();
    await page.getByText(/^0 neu, 0 geändert seit \d\d\.\d\d\.\d{4}$/).waitFor();
  });
});
