import type { Site } from './site';

/** A site's whole purchase price in €; `computed` when the app worked it out (area × price per m²). */
export interface TotalPrice {
  eur: number;
  computed: boolean;
}

/**
 * The total purchase price where it is known: a plot's available area × its price per m², a
 * hall's sale price. Null when the price is on request or missing (a hall for rent only).
 */
export function totalPurchasePrice(site: Site): TotalPrice | null {
  if (site.price_on_request) return null;
  if (site.kind === 'hall')
    return site.sale_price_eur === null ? null : { eur: site.sale_price_eur, computed: false };
  return site.price_eur_m2 === null ? null : { eur: site.area_m2 * site.price_eur_m2, computed: true };
}
