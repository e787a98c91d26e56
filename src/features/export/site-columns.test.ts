import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { COMMON_COLUMNS, csvColumns, siteDeepLink, siteRow } from './site-columns';

const plot = validateSites('plots', 'plot', [plotFeature({ id: 'gf-1' })]).sites[0]!;
const hall = validateSites('halls', 'hall', [hallFeature({ id: 'ho 7' })]).sites[0]!;
const BASE = 'https://example.org/app/';
const cell = (row: unknown[], column: string) => row[csvColumns().indexOf(column)];

describe('CSV columns', () => {
  it('start with the common columns, then plot, then hall columns, each once', () => {
    expect(csvColumns().slice(0, COMMON_COLUMNS.length)).toEqual([...COMMON_COLUMNS]);
    expect(new Set(csvColumns()).size).toBe(csvColumns().length);
    const at = (c: string) => csvColumns().indexOf(c);
    expect(at('operation_24h')).toBeGreaterThan(at('position_approximate'));
    expect(at('clear_height_m')).toBeGreaterThan(at('operation_24h'));
    // Every schema property has a column (new ones flow in by themselves).
    for (const key of Object.keys(plot).concat(Object.keys(hall))) {
      if (['key', 'collectionId', 'featureId', 'geometry'].includes(key)) continue;
      expect(csvColumns()).toContain(key);
    }
  });

  it('fill a plot row, leaving hall-only columns empty', () => {
    const row = siteRow(plot, BASE);
    expect(row).toHaveLength(csvColumns().length);
    expect(cell(row, 'id')).toBe('plots/gf-1');
    expect(cell(row, 'url')).toBe('https://example.org/app/sites/plots/gf-1');
    expect(cell(row, 'area_m2')).toBe(30000);
    expect(cell(row, 'zoning')).toBe('GI');
    expect(cell(row, 'sector_tags')).toBe('logistics');
    expect(cell(row, 'clear_height_m')).toBeNull();
    expect(cell(row, 'position_approximate')).toBe(true);
  });

  it('fill a hall row, leaving plot-only columns empty, and encode ids in the link', () => {
    const row = siteRow(hall, BASE);
    expect(cell(row, 'id')).toBe('halls/ho 7');
    expect(cell(row, 'url')).toBe('https://example.org/app/sites/halls/ho%207');
    expect(cell(row, 'zoning')).toBeNull();
    expect(cell(row, 'clear_height_m')).toBe(12);
    expect(cell(row, 'rent_eur_m2_month')).toBe(5.2);
    expect(siteDeepLink(hall, 'http://h')).toBe('http://h/sites/halls/ho%207');
  });
});

describe('CSV cells of the site profile', () => {
  it('write population figures as numbers and the nearest towns as JSON, never "[object Object]"', () => {
    const towns = [{ name: 'Leipzig', km: 8.2, population: 504971 }];
    const [site] = validateSites('plots', 'plot', [
      plotFeature({ id: 'gf-pop', pop_30km: 812000, nearest_towns: towns } as never),
    ]).sites;
    const row = siteRow(site!, BASE);
    expect(cell(row, 'pop_30km')).toBe(812000);
    expect(cell(row, 'nearest_towns')).toBe(JSON.stringify(site!.nearest_towns));
    expect(String(cell(row, 'nearest_towns'))).not.toContain('[object Object]');
    expect(cell(row, 'sector_tags')).toBe('logistics');
  });
});
