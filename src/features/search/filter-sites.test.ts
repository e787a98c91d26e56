import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { countByKind, filterSites } from './filter-sites';

const { sites: plots } = validateSites('plots', 'plot', [
  plotFeature({ id: 'p1', area_m2: 20000, state: 'SN' }),
  plotFeature({ id: 'p2', area_m2: 19999, state: 'ST', total_area_m2: 30000 }),
  plotFeature({ id: 'p3', area_m2: 500000, total_area_m2: 600000, largest_contiguous_m2: 1000, state: 'TH' }),
  plotFeature({ id: 'p4', area_m2: 40000, status: 'withdrawn' }),
  plotFeature({ id: 'p5', area_m2: 40000, status: 'reserved' }),
]);
const { sites: halls } = validateSites('halls', 'hall', [
  hallFeature({ id: 'h1', area_m2: 20000, state: 'ST' }),
]);
const all = [...plots, ...halls];
const ids = (params: Parameters<typeof filterSites>[1]) => filterSites(all, params).map((s) => s.featureId);

describe('filter engine', () => {
  it('never returns withdrawn sites, but keeps reserved ones', () => {
    expect(ids({})).toEqual(['p1', 'p2', 'p3', 'p5', 'h1']);
  });

  it('filters by kind', () => {
    expect(ids({ kind: 'halls' })).toEqual(['h1']);
    expect(ids({ kind: 'plots' })).toEqual(['p1', 'p2', 'p3', 'p5']);
  });

  it('treats both ends of the size range as inclusive', () => {
    expect(ids({ area_min: 20000, area_max: 500000 })).toEqual(['p1', 'p3', 'p5', 'h1']);
    expect(ids({ area_max: 19999 })).toEqual(['p2']);
  });

  it('filters by a list of states', () => {
    expect(ids({ state: ['ST', 'TH'] })).toEqual(['p2', 'p3', 'h1']);
  });

  it('combines filters', () => {
    expect(ids({ kind: 'plots', area_min: 20000, state: ['SN', 'ST'] })).toEqual(['p1', 'p5']);
  });

  it('counts plots and halls', () => {
    expect(countByKind(filterSites(all, {}))).toEqual({ plots: 4, halls: 1 });
  });
});
