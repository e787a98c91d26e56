import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from './support/fixtures';
import { axeViolations } from './support/accessibility';
import { run, scannedCodes, wordsOutsideMargins } from './support/expose-pdf';
import { isListed, readSampleFeatures } from './support/sample-data';

/**
 * "Merkliste drucken": a three-site shortlist with a note, printed by Chromium's `page.pdf` (A4)
 * and read back with poppler-utils. The PDF, its pages as PNG and the screenshots of the
 * shortlist page go to test-results/ for looking at.
 */

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const NOTE = 'Besichtigung am 14. Januar; Ansprechpartner fragt nach Gleisanschluss.';

const plots = readSampleFeatures('plots').filter(isListed);
const hall = readSampleFeatures('halls').filter(isListed)[2]!;
const SITES = [
  { key: `plots/${plots[0]!.id}`, name: String(plots[0]!.properties.name) },
  { key: `halls/${hall.id}`, name: String(hall.properties.name) },
  { key: `plots/${plots[5]!.id}`, name: String(plots[5]!.properties.name) },
];

/** The shared link's sites put on the own list through "Alle auf meine Merkliste", then opened. */
async function ownListOf(page: Page, appUrl: string) {
  await page.goto(`${appUrl}/shortlist?ids=${SITES.map((s) => s.key).join(',')}`);
  await page.getByRole('button', { name: 'Alle auf meine Merkliste' }).click();
  await page.getByRole('link', { name: 'Zu meiner Merkliste' }).click();
  await page.getByRole('heading', { level: 1, name: 'Merkliste' }).waitFor();
}

/** Waits for every SVG map (the overview and each exposé's) to have its basemap, and every QR code to be drawn. */
const mapsReady = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => {
      const ready = (selector: string) =>
        Array.from(document.querySelectorAll(selector)).every((m) => m.getAttribute('data-ready') === 'true');
      return (
        document.querySelectorAll('.context-map').length === n && ready('.context-map') && ready('.qr-code')
      );
    },
    count,
    { timeout: 30_000 },
  );

describe('the printed shortlist', () => {
  test('a summary table first, then each site’s exposé in the list’s order, with the note and no controls', async ({
    site,
  }) => {
    const { page } = site;
    await ownListOf(page, site.appUrl);
    await page.getByRole('textbox', { name: `Notiz zu „${SITES[1]!.name}“` }).fill(NOTE);
    await page.getByRole('link', { name: 'Merkliste drucken' }).click();
    await page.getByRole('table', { name: 'Merkliste: Übersicht' }).waitFor();
    await mapsReady(page, 1 + SITES.length);

    mkdirSync(RESULTS, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = `${RESULTS}shortlist-print.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    run('pdftoppm', ['-r', '50', '-png', pdf, `${RESULTS}shortlist-print`]);
    const pages = run('pdftotext', [pdf, '-']).split('\f').slice(0, -1);
    // Each exposé's QR code scans to its site's deep link.
    const origin = new URL(page.url()).origin;
    expect(scannedCodes(pdf).sort()).toEqual(SITES.map((s) => `${origin}/sites/${s.key}`).sort());
    const flat = (p: string) => p.replace(/\s+/g, ' ');

    // Page 1: the summary with every site in order and the note.
    const summary = flat(pages[0]!);
    expect(summary).toContain('Merkliste: Übersicht');
    // A name may wrap in its cell (pdftotext then reads the row's other cells in between): its first word.
    const positions = SITES.map((s) => summary.indexOf(s.name.split(' ')[0]!));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary).toContain('Besichtigung am 14. Januar');

    // Then one exposé per site, each on a new page, in order, at most two pages each.
    const starts = SITES.map((_, i) =>
      pages.findIndex((p) =>
        flat(p)
          .trimStart()
          .startsWith(`Nr. ${i + 1} `),
      ),
    );
    expect(starts[0]).toBe(1);
    starts.forEach((start, i) => {
      expect(flat(pages[start]!), `exposé ${i + 1}`).toContain(SITES[i]!.name);
      const end = starts[i + 1] ?? pages.length;
      expect(end - start, `exposé ${i + 1} pages`).toBeGreaterThanOrEqual(1);
      expect(end - start, `exposé ${i + 1} pages`).toBeLessThanOrEqual(2);
    });
    const hallPages = flat(pages.slice(starts[1], starts[2]).join(' '));
    expect(hallPages).toContain('Notiz');
    expect(hallPages).toContain(NOTE);

    const all = flat(pages.join(' '));
    for (const control of [
      'Merken',
      'Drucken / PDF',
      'Merkliste drucken',
      'Zurück zur Merkliste',
      'Zurück zur Suche',
      'Link kopieren',
      'Zum Inhalt springen',
      'Exportieren',
    ])
      expect(all, `the control "${control}" is printed`).not.toContain(control);
    expect(wordsOutsideMargins(pdf)).toEqual([]);
  });

  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ] as const) {
    test(`the shortlist and its print view at ${width}×${height}: facts, note, numbered map, no sideways scroll, no axe violations`, async ({
      site,
    }) => {
      const { page } = site;
      await page.setViewportSize({ width, height });
      await ownListOf(page, site.appUrl);
      await page.getByRole('textbox', { name: `Notiz zu „${SITES[0]!.name}“` }).fill(NOTE);
      await mapsReady(page, 1);
      const markers = await page.locator('.sites-map__marker text').allTextContents();
      expect(markers.sort()).toEqual(['1', '2', '3']);
      await expect.poll(() => page.getByText('Autobahn-Anschlussstelle').count()).toBe(SITES.length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: `${RESULTS}shortlist-${width}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Merkliste drucken' }).click();
      await mapsReady(page, 1 + SITES.length);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      // Nor does the preview itself: on a phone only the summary table scrolls, in a box of its own
      // (the whole preview, title and map with it, used to move sideways).
      expect(
        await page.locator('.shortlist-print').evaluate((el) => el.scrollWidth - el.clientWidth),
      ).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${RESULTS}shortlist-print-view-${width}.png` });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
