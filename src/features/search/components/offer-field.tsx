import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { OFFER_PARAMS } from '@/lib/search/search-param-table';
import { FacetCount } from './choice-list';
import type { FilterSectionProps } from './filter-section-props';

/** Rent or sale; an offer for both counts for either. */
export function OfferField({ params, set, facets }: FilterSectionProps) {
  const { t } = useTranslation();
  const both = facets.offer.get('both') ?? 0;
  const f = useFormatters();
  const id = useId();
  return (
    <fieldset className="choice-list">
      <legend>{t('field.offer_type')}</legend>
      {[undefined, ...OFFER_PARAMS].map((o) => (
        <div key={o ?? 'any'} className="choice">
          <label className="choice__main">
            <input
              type="radio"
              name={`${id}-offer`}
              checked={params.offer === o}
              aria-describedby={o ? `${id}-${o}` : undefined}
              onChange={() => set({ offer: o })}
            />
            <span className="choice__label">{o ? t(`enum.offer_type.${o}`) : t('search.kindAll')}</span>
          </label>
          {o && <FacetCount id={`${id}-${o}`} count={(facets.offer.get(o) ?? 0) + both} f={f} />}
        </div>
      ))}
    </fieldset>
  );
}
