import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { OFFER_PARAMS } from '@/lib/search/search-param-table';
import { useId } from 'react';
import { FacetCount } from './choice-list';
import { FlagField } from './flag-field';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { UnknownToggle } from './unknown-toggle';

/** Hall-only filters: each restricts the results to halls. */
export function HallFilters({ params, set, facets }: FilterSectionProps) {
  const { t } = useTranslation();
  const both = facets.offer.get('both') ?? 0;
  const f = useFormatters();
  const id = useId();
  return (
    <>
      <p className="field-hint">{t('filters.hallsOnly')}</p>
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
      <div className="filter-row">
        <NumberField
          key={`rmin-${params.rent_min}`}
          label={t('filters.rentMin')}
          unit="€/m²"
          value={params.rent_min}
          onCommit={(v) => set({ rent_min: v })}
        />
        <NumberField
          key={`rmax-${params.rent_max}`}
          label={t('filters.rentMax')}
          unit="€/m²"
          value={params.rent_max}
          onCommit={(v) => set({ rent_max: v })}
        />
      </div>
      <UnknownToggle name="rent" params={params} set={set} />
      <NumberField
        key={`office-${params.office_min}`}
        label={t('filters.officeMin')}
        unit="m²"
        whole
        value={params.office_min}
        onCommit={(v) => set({ office_min: v })}
      />
      <UnknownToggle name="office" params={params} set={set} />
      <NumberField
        key={`height-${params.height_min}`}
        label={t('filters.heightMin')}
        unit="m"
        value={params.height_min}
        onCommit={(v) => set({ height_min: v })}
      />
      <UnknownToggle name="height" params={params} set={set} />
      <NumberField
        key={`load-${params.load_min}`}
        label={t('filters.loadMin')}
        unit="t/m²"
        value={params.load_min}
        onCommit={(v) => set({ load_min: v })}
      />
      <UnknownToggle name="load" params={params} set={set} />
      <NumberField
        key={`docks-${params.docks_min}`}
        label={t('filters.docksMin')}
        unit=""
        whole
        value={params.docks_min}
        onCommit={(v) => set({ docks_min: v })}
      />
      <UnknownToggle name="docks" params={params} set={set} />
      <FlagField
        label={t('field.ground_level_doors')}
        checked={params.doors === true}
        onChange={(v) => set({ doors: v })}
      />
      <FlagField
        label={t('field.crane_t')}
        checked={params.crane === true}
        onChange={(v) => set({ crane: v })}
      />
      <FlagField
        label={t('field.heated')}
        checked={params.heated === true}
        onChange={(v) => set({ heated: v })}
      />
      <FlagField
        label={t('field.sprinkler')}
        checked={params.sprinkler === true}
        onChange={(v) => set({ sprinkler: v })}
      />
    </>
  );
}
