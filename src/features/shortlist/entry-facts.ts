import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';

/** The key facts of a shortlisted site, in the order the list and the printed table show them. */
export const FACT_IDS = ['kind', 'area', 'price', 'available', 'junction'] as const;
export type FactId = (typeof FACT_IDS)[number];
export type EntryFacts = Record<FactId, string>;

/** Price per m² for plots, monthly rent per m² (else the sale price) for halls, or "on request". */
function priceText(site: Site, t: TFunction, f: Formatters): string {
  if (site.kind === 'hall' && site.rent_eur_m2_month !== null)
    return t('card.rentPerM2', { price: f.euro(site.rent_eur_m2_month) });
  if (site.price_eur_m2 !== null) return t('card.perM2', { price: f.euro(site.price_eur_m2) });
  if (site.kind === 'hall' && site.sale_price_eur !== null)
    return t('card.salePrice', { price: f.euroCompact(site.sale_price_eur) });
  return t('card.priceOnRequest');
}

/**
 * A site's key facts as a person reads them: "Gewerbefläche", "3 ha", "45 €/m²", "sofort",
 * "2,5 km". An availability date up to `today` reads "sofort"; a missing value "k. A.".
 */
export function entryFacts(site: Site, t: TFunction, f: Formatters, today: string): EntryFacts {
  const from = site.available_from;
  return {
    kind: t(`kind.${site.kind}`),
    area: f.area(site.area_m2),
    price: priceText(site, t, f),
    available: from === null ? t('detail.unknown') : from <= today ? t('detail.immediately') : f.date(from),
    junction: site.junction_km === null ? t('detail.unknown') : f.km(site.junction_km),
  };
}
