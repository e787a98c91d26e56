import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';

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
