import { axeViolations } from './support/accessibility';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';

/** axe-core (WCAG 2.2 A/AA rules) on every main page, in German and in English. */

const plot = readSampleFeatures('plots').find(isListed)!;
const halls = readSampleFeatures('halls').filter(isListed);
const keys = [`plots/${plot.id}`, `halls/${halls[0]!.id}`, `halls/${halls[1]!.id}`];

const pages: [
  name: string,
  open: (site: import('./support/site-finder-driver').SiteFinderDriver, lang: string) => Promise<void>,
][] = [
  ['search', (site, lang) => site.openSearch(`lang=${lang}`)],
  [
    'search with a wish, the near misses open',
    async (site, lang) => {
      await site.openSearch(`kind=plots&area_min=100000&zoning=GI&price_max=40&want=price&lang=${lang}`);
      // On a phone the filters are a sheet that covers the results: they stay closed there.
      if ((site.page.viewportSize()?.width ?? 1440) > 760)
        await site.openFilterSection(lang === 'de' ? 'Gewerbeflächen' : 'Plots');
      await site.page.getByRole('button', { name: /^(Knapp verfehlt|Almost matching) \(/ }).click();
    },
  ],
  ['site detail', (site, lang) => site.openSite(`plots/${plot.id}?lang=${lang}`)],
  ['shortlist', (site, lang) => site.openSharedShortlist(keys, lang)],
  ['compare', (site, lang) => site.openCompare(keys, lang)],
  [
    'shortlist print view',
    async (site, lang) => {
      await site.page.goto(`${site.appUrl}/shortlist/print?ids=${keys.join(',')}&lang=${lang}`);
      await site.page.locator('.shortlist-print__site').first().waitFor();
    },
  ],
  ['news', (site, lang) => site.openNews(`lang=${lang}`)],
  ['projects', (site, lang) => site.openProjects(`lang=${lang}`)],
  ['events, earlier ones open', (site, lang) => site.openEventsWithEarlier(`lang=${lang}`)],
  [
    'saved searches',
    async (site, lang) => {
      await site.page.addInitScript(() =>
        localStorage.setItem(
          'sf.searches.v1',
          JSON.stringify({
            version: 1,
            state: { searches: [{ name: 'Hallen', query: '?kind=halls', saved: '2026-11-01' }] },
          }),
        ),
      );
      await site.page.goto(`${site.appUrl}/searches?lang=${lang}`);
      await site.page.locator('h1').first().waitFor();
    },
  ],
  [
    'overview',
    async (site, lang) => {
      await site.page.goto(`${site.appUrl}/overview?lang=${lang}`);
      await site.page.locator('h1').first().waitFor();
    },
  ],
];

const WIDTHS = [
  ['desktop', 1440, 900],
  ['phone', 390, 844],
] as const;

describe('accessibility', () => {
  for (const [device, width, height] of WIDTHS)
    for (const lang of ['de', 'en']) {
      for (const [name, open] of pages) {
        test(`${name} (${lang}, ${device}) has no axe violations`, async ({ site }) => {
          await site.resize(width, height);
          await open(site, lang);
          await site.settle();
          expect(await site.page.evaluate(() => document.documentElement.lang)).toBe(lang);
          expect(await axeViolations(site.page)).toEqual([]);
        });
      }
    }
});
