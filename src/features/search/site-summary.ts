import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { totalPurchasePrice } from '@/lib/sites/total-price';

/** The key size of a site: available area for plots, hall area for halls. */
export function siteSizeLabel(site: Site, t: TFunction, f: Formatters): string {
  return site.kind === 'plot'
    ? `${f.area(site.area_m2)} ${t('card.available')}`
    : `${f.area(site.area_m2)} ${t('card.hallArea')}`;
}

/** Purchase price per m² for plots, monthly rent per m² for halls, or "on request". */
export function sitePriceLabel(site: Site, t: TFunction, f: Formatters): string {
  if (site.kind === 'hall' && site.rent_eur_m2_month !== null)
    return t('card.rentPerM2', { price: f.euro(site.rent_eur_m2_month) });
  if (site.price_eur_m2 !== null) return t('card.perM2', { price: f.euro(site.price_eur_m2) });
  return t('card.priceOnRequest');
}

/**
 * The whole purchase price where known, short: "≈ 1,24 Mio. € gesamt (berechnet)" for a plot
 * (area × price per m²), "2,4 Mio. € Kaufpreis" for a hall for sale; null otherwise.
 */
export function siteTotalPriceLabel(site: Site, t: TFunction, f: Formatters): string | null {
  const total = totalPurchasePrice(site);
  if (!total) return null;
  const price = f.euroCompact(total.eur);
  return total.computed ? t('card.totalComputed', { price }) : t('card.salePrice', { price });
}
