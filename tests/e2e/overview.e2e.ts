import { describe, expect, test } from './support/fixtures';
import { OverviewDriver } from './support/overview-driver';
import { areaM2, isListed, readSampleFeatures, type SampleFeature } from './support/sample-data';

/** The supply overview of the built app against the search view and data/*.json. */

const plots = readSampleFeatures('plots').filter(isListed);
const halls = readSampleFeatures('halls').filter(isListed);
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
});
