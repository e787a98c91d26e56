import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { applicableRows, compareRows } from './compare-rows';

const [p1, p2] = validateSites('plots', 'plot', [
  plotFeature({ id: 'a', area_m2: 30000, price_eur_m2: 65 }),
  plotFeature({ id: 'b', area_m2: 120000, price_eur_m2: 40, junction_km: 3.1 }),
]).sites;
const [h1] = validateSites('halls', 'hall', [
  hallFeature({ id: 'h', area_m2: 10500, price_eur_m2: null }),
]).sites;
const row = (id: string) => compareRows([p1!, p2!, h1!]).find((r) => r.spec.id === id)!;

describe('compare rows', () => {
  it('mark the larger area and the lower price as best, and differing rows', () => {
    expect(row('area_m2')).toMatchObject({
      values: [30000, 120000, 10500],
      differs: true,
      best: [false, true, false],
    });
    expect(row('price_eur_m2')).toMatchObject({ values: [65, 40, null], best: [false, true, false] });
  });

  it('show fields of the other kind as not applicable, and mark no best among equals', () => {
    expect(row('zoning').values).toEqual(['GI', 'GI', undefined]);
    expect(row('clear_height_m').values).toEqual([undefined, undefined, 12]);
    expect(row('clear_height_m').best).toEqual([false, false, false]);
    expect(row('junction_km')).toMatchObject({ differs: true, best: [false, false, true] });
    expect(row('data_as_of')).toMatchObject({ differs: false, best: [false, false, false] });
  });

  it('show only the rows that apply to the kinds compared', () => {
    const ids = (sites: Parameters<typeof applicableRows>[0]) => applicableRows(sites).map((r) => r.id);
    const plotsOnly = ids([p1!, p2!]);
    for (const hallRow of ['clear_height_m', 'floor_load_t_m2', 'loading_docks', 'rent_eur_m2_month'])
      expect(plotsOnly).not.toContain(hallRow);
    expect(plotsOnly).toContain('zoning');
    const hallsOnly = ids([h1!, h1!]);
    for (const plotRow of ['zoning', 'development_status', 'largest_contiguous_m2'])
      expect(hallsOnly).not.toContain(plotRow);
    expect(hallsOnly).toContain('clear_height_m');
    expect(ids([p1!, h1!])).toEqual(
      expect.arrayContaining(['zoning', 'clear_height_m', 'rent_eur_m2_month']),
    );
  });

  it('add the total purchase price, lower is better', () => {
    expect(row('total_price')).toMatchObject({
      values: [1_950_000, 4_800_000, null],
      best: [true, false, false],
    });
  });
});
