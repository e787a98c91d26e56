import { describe, expect, it } from 'vitest';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../tests/support/site-fixtures';
import { searchExportColumns } from './export-extras';

const index = buildSiteIndex([
  ...validateSites('plots', 'plot', [
    plotFeature({ id: 'p-near', area_m2: 30000, price_eur_m2: 65, lon: 12.3, lat: 51.35 }),
    plotFeature({ id: 'p-cheap', area_m2: 120000, price_eur_m2: 25, lon: 12.4, lat: 51.3 }),
  ]).sites,
  ...validateSites('halls', 'hall', [hallFeature({ id: 'h-1', area_m2: 10500, lon: 12.08, lat: 51.5 })])
    .sites,
]);
const LEIPZIG: [number, number] = [12.37129, 51.33962];
const fitOf = (qs: string) =>
  runQuery(index, decodeSearch(parseQueryString(qs)).params, { today: dayNumber('2026-11-28') }).fit;
const site = (id: string) => index.sites.find((s) => s.featureId === id)!;

describe('the search’s extra CSV columns', () => {
  it('are none without wishes and without a place: the header stays fixed', () => {
    expect(fitOf('price_max=30')).toBeNull();
    expect(searchExportColumns({ sites: index.sites, fit: null, nearPoint: null })).toBeUndefined();
  });

  it('give each site its fit, counting only the wishes that apply to its kind', () => {
    const fit = fitOf('price_max=30&area_min=50000&want=price,area');
    const extra = searchExportColumns({ sites: index.sites, fit, nearPoint: null })!;
    expect(extra.header).toEqual(['fit_met', 'fit_total', 'fit_missed']);
    expect(extra.cells(site('p-near'))).toEqual([0, 2, 'area|price']);
    expect(extra.cells(site('p-cheap'))).toEqual([2, 2, '']);
    // Price is a plot criterion: a hall has one wish to meet.
    expect(extra.cells(site('h-1'))).toEqual([0, 1, 'area']);
  });

  it('give the straight-line distance from the place in km to one decimal, before the fit', () => {
    const fit = fitOf('price_max=30&want=price');
    const extra = searchExportColumns({ sites: index.sites, fit, nearPoint: LEIPZIG })!;
    expect(extra.header).toEqual(['distance_km', 'fit_met', 'fit_total', 'fit_missed']);
    expect(extra.cells(site('p-near'))).toEqual([5.1, 0, 1, 'price']);
    expect(extra.cells(site('h-1'))).toEqual([26.9, 0, 0, '']);
    const distanceOnly = searchExportColumns({ sites: index.sites, fit: null, nearPoint: LEIPZIG })!;
    expect(distanceOnly.header).toEqual(['distance_km']);
    expect(distanceOnly.cells(site('p-cheap'))).toEqual([4.8]);
  });
});
