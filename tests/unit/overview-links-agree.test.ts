// @vitest-environment node
import { describe, expect, it } from 'vitest';
import plotsJson from '@data/plots.json';
import hallsJson from '@data/halls.json';
import { applyFilterPatch } from '@/app/overview-links';
import { aggregateOverview } from '@/features/overview/aggregate/aggregate-overview';
import type { Bucket, Overview } from '@/features/overview/aggregate/overview-model';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { validateSites } from '@/lib/sites/validate-sites';

/** Every bar's link, run through the filter engine, finds exactly the sites the bar counts. */
const sites = [
  ...validateSites('plots', 'plot', plotsJson.features).sites,
  ...validateSites('halls', 'hall', hallsJson.features).sites,
];
const index = buildSiteIndex(sites);
const TODAY = '2026-11-27';
const ctx = { today: dayNumber(TODAY) };

const bucketsOf = (o: Overview): Bucket[] => [
  ...o.byState.plots,
  ...o.byState.halls,
  ...o.byDistrict.plots,
  ...o.byDistrict.halls,
  ...o.byZoning,
  ...o.byDev,
  ...o.sizeClasses.plots,
  ...o.sizeClasses.halls,
  ...o.prices.plots.bins,
  ...o.prices.halls.bins,
  ...o.availability.plots,
  ...o.availability.halls,
];

describe.each([
  '',
  'state=SN,ST&unknown=price,avail,rent',
  'kind=plots&zoning=GI,GE&price_max=60&unknown=price',
  'area_min=5000&avail=2027-06-30',
])('overview links agree with the search for "%s"', (qs) => {
  const params = decodeSearch(parseQueryString(qs)).params;
  const result = runQuery(index, params, ctx);
  const overview = aggregateOverview({
    columns: index,
    ids: result.ids,
    today: TODAY,
  });

  it('totals equal the result counts', () => {
    expect(overview.totals.plots.count).toBe(result.plots);
    expect(overview.totals.halls.count).toBe(result.halls);
  });

  it('each linked bar counts what its link finds', () => {
    const linked = bucketsOf(overview).filter((b) => b.filter !== null);
    expect(linked.length).toBeGreaterThan(20);
    for (const b of linked) {
      const found = runQuery(index, applyFilterPatch(params, b.filter!, TODAY), ctx).ids.length;
      expect({ key: b.key, filter: b.filter, count: found }).toEqual({
        key: b.key,
        filter: b.filter,
        count: b.count,
      });
    }
  });
});
