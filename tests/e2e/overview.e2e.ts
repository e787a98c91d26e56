import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, wordsOutsideMargins } from './support/expose-pdf';
import { describe, expect, test } from './support/fixtures';
import { OverviewDriver } from './support/overview-driver';
import { areaM2, isListed, readSampleFeatures, type SampleFeature } from './support/sample-data';

/** The supply overview of the built app against the search view and data/*.json. */

const plots = readSampleFeatures('plots').filter(isListed);
const halls = readSampleFeatures('halls').filter(isListed);
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** Height in pt of each word `word` of the PDF (its box, ~1.2× the font size). */
const wordHeights = (pdf: string, word: string) =>
  [
    ...run('pdftotext', ['-bbox', pdf, '-']).matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g,
    ),
  ]
    .filter((m) => m[3] === word)
    .map((m) => Number(m[2]) - Number(m[1]));
const sumArea = (fs: SampleFeature[]) => fs.reduce((s, f) => s + areaM2(f), 0);

/** Queries whose expected sites the test can compute from the data with a plain filter. */
const QUERIES: { query: string; keep: (f: SampleFeature, kind: 'plot' | 'hall') => boolean }[] = [
  { query: '', keep: () => true },
  {
    query: 'state=SN,TH&area_min=20000',
    keep: (f) => ['SN', 'TH'].includes(String(f.properties.state)) && areaM2(f) >= 20_000,
  },
  { query: 'kind=plots&zoning=GI', keep: (f, kind) => kind === 'plot' && f.properties.zoning === 'GI' },
];

describe('supply overview', () => {
  for (const { query, keep } of QUERIES) {
    test(`totals for "${query}" equal the search view's count and the data's area`, async ({ site }) => {
      const overview = new OverviewDriver(site);
      const ps = plots.filter((f) => keep(f, 'plot'));
      const hs = halls.filter((f) => keep(f, 'hall'));
      await site.openSearch(query);
      const count = await site.resultCount();
      await overview.open(query);
      const totals = await overview.totals();
      expect({ plots: totals.plots, halls: totals.halls }).toEqual({
        plots: count.plots ?? 0,
        halls: count.halls ?? 0,
      });
      expect(totals).toEqual({
        plots: ps.length,
        halls: hs.length,
        plotsM2: sumArea(ps),
        hallsM2: sumArea(hs),
      });
      expect(site.requestsOutsideOrigin()).toEqual([]);
      expect(site.pageErrors()).toEqual([]);
    });
  }

  test('a bar opens the search with its filter and as many results as it counts', async ({ site }) => {
    const overview = new OverviewDriver(site);
    await overview.open('kind=plots');
    await site.screenshot('overview--plots');
    await overview.openBar('Gewerbeflächen: Nach Bundesland', 'Thüringen');
    expect(site.searchParams().toString()).toBe('kind=plots&state=TH');
    const expected = plots.filter((f) => f.properties.state === 'TH').length;
    await expect.poll(() => site.resultCount()).toEqual({ plots: expected, halls: 0, total: expected });
  });

  test('printed on A4, the charts’ text is as readable as a footnote, inside the margins', async ({
    site,
  }) => {
    const overview = new OverviewDriver(site);
    await overview.open();
    mkdirSync(RESULTS, { recursive: true });
    // Rows a chart leaves out ("alle n stehen in der Tabelle"): its table prints them.
    const leftOut = await site.page
      .locator('figure.overview-chart:has(.overview-chart__note)')
      .evaluateAll((figures) =>
        figures.flatMap((fig) =>
          Array.from(
            fig.querySelectorAll('.overview-chart__table tbody th'),
            (th) => th.textContent ?? '',
          ).slice(fig.querySelectorAll('.bar-chart__row').length),
        ),
      );
    expect(leftOut.length).toBeGreaterThan(0);
    await site.page.emulateMedia({ media: 'print' });
    const pdf = `${RESULTS}overview-print.pdf`;
    await site.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    run('pdftoppm', ['-r', '50', '-png', pdf, `${RESULTS}overview-print`]);
    // "Thüringen" is a bar's label in the charts by state (the summaries name Sachsen-Anhalt).
    const labels = wordHeights(pdf, 'Thüringen');
    expect(labels.length).toBeGreaterThanOrEqual(2);
    // At least ~7 pt type; two charts side by side printed it at ~4.7 pt (a 5.5 pt box).
    for (const h of labels) expect(h).toBeGreaterThanOrEqual(8);
    expect(wordsOutsideMargins(pdf)).toEqual([]);
    const text = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    expect(leftOut.filter((label) => !text.includes(label))).toEqual([]);
  });
});
