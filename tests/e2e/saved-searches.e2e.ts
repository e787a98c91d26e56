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

describe('backup file', () => {
  test('"Sicherungsdatei importieren" is a button in the page language that opens the file chooser, by mouse and by keyboard', async ({
    site,
  }) => {
    const page = site.page;
    await page.goto(`${site.appUrl}/searches`);
    await page.getByRole('heading', { level: 1, name: 'Gespeicherte Suchen' }).waitFor();
    const exportButton = page.getByRole('button', { name: 'Exportieren (Datei)' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const backup = await download.path();

    // The browser's own "Choose File" control is out of sight; the label is the button.
    const input = page.getByLabel('Sicherungsdatei importieren');
    const label = page.locator('label', { hasText: 'Sicherungsdatei importieren' });
    expect((await input.boundingBox())!.width).toBeLessThanOrEqual(1);
    expect((await label.boundingBox())!.height).toBeGreaterThan(30);

    await exportButton.focus();
    await page.keyboard.press('Tab');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    const [byKey] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await byKey.setFiles([]);

    const [byClick] = await Promise.all([page.waitForEvent('filechooser'), label.click()]);
    await byClick.setFiles(backup);
    await page.getByText(/^Importiert\. Suchen: 0 neu/).waitFor();
  });
});
