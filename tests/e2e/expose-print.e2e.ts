import { describe, expect, test } from './support/fixtures';
import { printExpose, scannedCodes, wordsOutsideMargins } from './support/expose-pdf';
import { readSampleFeatures, type SampleFeature } from './support/sample-data';

/**
 * "Drucken / PDF" on a site page: the exposé rendered by Chromium's `page.pdf` (A4) and read
 * back with poppler-utils. The PNGs in test-results/ are for looking at.
 */

const byId = (collection: string, id: string): SampleFeature => {
  const feature = readSampleFeatures(collection).find((f) => f.id === id);
  if (!feature) throw new Error(`data/${collection}.json has no ${id}`);
  return feature;
};

/** German dates as the app prints them ("25.09.2026"). */
const germanDate = (iso: string) => iso.split('-').reverse().join('.');

const PAST_EVENTS = readSampleFeatures('events')
  .filter((e) => String(e.properties.end_date ?? e.properties.date) < '2020-01-01')
  .map((e) => String(e.properties.title));

// Long contact e-mails: the longest of the plots and of the halls.
const CASES = [
  { collection: 'plots', id: 'gf-lej-entwicklungsflaeche-nord-01' },
  { collection: 'halls', id: 'ho-quedlinburg-01' },
];

describe('the printed exposé', () => {
  for (const { collection, id } of CASES) {
    test(`${id}: at most two A4 pages with contact, Stand, deep link and its QR code, and no controls`, async ({
      site,
    }) => {
      const feature = byId(collection, id);
      await site.openSite(`${collection}/${id}`);
      const printed = await printExpose(site.page, id);
      const flat = printed.text.replace(/\s+/g, ' ');
      const email = String(feature.properties.contact_email);

      expect(printed.pages).toBeGreaterThanOrEqual(1);
      expect(printed.pages).toBeLessThanOrEqual(2);
      expect(printed.images).toHaveLength(printed.pages);
      expect(flat).toContain(email);
      expect(flat).toContain(String(feature.properties.contact_phone));
      expect(flat).toContain(`Stand: ${germanDate(String(feature.properties.data_as_of))}`);
      expect(flat).toContain(`/sites/${collection}/${id}`);
      // The QR code beside the deep link scans to the site's page on this origin.
      expect(scannedCodes(printed.pdf)).toEqual([
        `${new URL(site.page.url()).origin}/sites/${collection}/${id}`,
      ]);
      expect(flat).toContain('Autobahn, Bahn, Gewässer, Kreise: schematisch');
      for (const control of [
        'Merken',
        'Drucken / PDF',
        'Link kopieren',
        'Zurück zur Suche',
        'Zum Inhalt springen',
      ])
        expect(flat, `the control "${control}" is printed`).not.toContain(control);
      for (const title of PAST_EVENTS) expect(flat, `a past event is printed`).not.toContain(title);
      expect(wordsOutsideMargins(printed.pdf)).toEqual([]);
    });
  }
});
