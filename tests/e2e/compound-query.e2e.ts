import { readFileSync } from 'node:fs';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { validateSites } from '@/lib/sites/validate-sites';
import { describe, expect, test } from './support/fixtures';

/** A compound query typed by a user gives the same sites, in the same order, as the engine. */

const read = (name: string) =>
  JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as { features: unknown[] };
const sites = [
  ...validateSites('plots', 'plot', read('plots').features).sites,
  ...validateSites('halls', 'hall', read('halls').features).sites,
];
const index = buildSiteIndex(sites);

function engineNames(query: string): string[] {
  const { params } = decodeSearch(parseQueryString(query));
  const today = new Date().toISOString().slice(0, 10);
  return Array.from(runQuery(index, params, { today: dayNumber(today) }).ids, (i) => sites[i]!.name);
}

describe('compound query', () => {
  test('plots in Sachsen-Anhalt, at least 20 000 m², GI or GE, sorted by name', async ({ site }) => {
    await site.openSearch();
    await site.filterByKind('Flächen');
    await site.filterBySize(20_000);
    await site.openFilterSection('Lage');
    await site.chooseOption('Sachsen-Anhalt');
    await site.openFilterSection('Gewerbeflächen');
    await site.chooseOption('GI – Industriegebiet');
    await site.chooseOption('GE – Gewerbegebiet');
    await site.sortBy('Name (A–Z)');
    const query = 'kind=plots&area_min=20000&state=ST&zoning=GI,GE&sort=name';
    await expect.poll(() => decodeURIComponent(site.searchParams().toString())).toBe(query);
    const expected = engineNames(query);
    expect(expected.length, 'the sample data has such plots').toBeGreaterThan(5);
    await expect
      .poll(() => site.resultCount())
      .toEqual({ plots: expected.length, halls: 0, total: expected.length });
    const shown = await site.resultNames();
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual(expected.slice(0, shown.length));
  });
});
