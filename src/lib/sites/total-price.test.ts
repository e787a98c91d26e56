import { describe, expect, it } from 'vitest';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { totalPurchasePrice } from './total-price';
import { validateSites } from './validate-sites';

const plot = (props: Parameters<typeof plotFeature>[0]) =>
  validateSites('plots', 'plot', [plotFeature({ id: 'p', ...props })]).sites[0]!;
const hall = (props: Parameters<typeof hallFeature>[0]) =>
  validateSites('halls', 'hall', [hallFeature({ id: 'h', ...props })]).sites[0]!;

describe('totalPurchasePrice', () => {
  it('works out a plot’s price from its area and price per m²', () => {
    expect(totalPurchasePrice(plot({ area_m2: 20_000, price_eur_m2: 62 }))).toEqual({
      eur: 1_240_000,
      computed: true,
    });
  });

  it('takes a hall’s sale price as given', () => {
    expect(totalPurchasePrice(hall({ sale_price_eur: 3_500_000 }))).toEqual({
      eur: 3_500_000,
      computed: false,
    });
  });

  it('has none on request or without a price', () => {
    expect(totalPurchasePrice(plot({ price_eur_m2: 62, price_on_request: true }))).toBeNull();
    expect(totalPurchasePrice(plot({ price_eur_m2: null }))).toBeNull();
    expect(totalPurchasePrice(hall({ sale_price_eur: null }))).toBeNull();
    expect(totalPurchasePrice(hall({ sale_price_eur: 3_500_000, price_on_request: true }))).toBeNull();
  });
});
