import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { compareCellText } from './compare-cell';
import { compareRows } from './compare-rows';

const [plot] = validateSites('plots', 'plot', [
  plotFeature({ id: 'a', area_m2: 20_000, price_eur_m2: 62, available_from: '2026-01-01' }),
]).sites;
const [hall] = validateSites('halls', 'hall', [
  hallFeature({ id: 'h', area_m2: 1_850, sale_price_eur: 2_400_000, available_from: '2027-03-01' }),
]).sites;
const sites = [plot!, hall!];
const rows = compareRows(sites);

function cells(id: string, language: 'de' | 'en' = 'de', unit: 'ha' | 'm2' = 'ha') {
  const r = rows.find((x) => x.spec.id === id)!;
  const ctx = { t: createI18n(language).t, f: formatters(language, unit), today: '2026-11-27' };
  return r.values.map((v, i) => compareCellText(r, v, sites[i]!, ctx));
}

describe('compare cells', () => {
  it('an availability date before today reads "sofort"', () => {
    expect(cells('available_from')).toEqual(['sofort', '01.03.2027']);
    expect(cells('available_from', 'en')).toEqual(['immediately', '1 Mar 2027']);
  });

  it('areas read in the table’s one unit', () => {
    expect(cells('area_m2', 'de', 'ha')).toEqual(['2\u00a0ha', '0,19\u00a0ha']);
    expect(cells('area_m2', 'de', 'm2')).toEqual(['20.000\u00a0m²', '1.850\u00a0m²']);
  });

  it('a plot’s total price is marked as worked out, a hall’s sale price is not', () => {
    expect(cells('total_price')).toEqual(['1.240.000\u00a0€ (berechnet)', '2.400.000\u00a0€']);
  });
});
