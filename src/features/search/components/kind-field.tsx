import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import type { KindParam } from '@/lib/search/search-param-table';
import { FacetCount } from './choice-list';
import type { FilterSectionProps } from './filter-section-props';

/** Plots, halls or both, with the count each would give. */
export function KindField({ params, set, facets }: FilterSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const f = useFormatters();
  const kinds: { value: KindParam | undefined; label: string; count?: number }[] = [
    { value: undefined, label: t('search.kindAll') },
    { value: 'plots', label: t('search.kindPlots'), count: facets.kind.get('plots') },
    { value: 'halls', label: t('search.kindHalls'), count: facets.kind.get('halls') },
  ];
  return (
    <fieldset className="choice-list choice-list--inline">
      <legend>{t('search.kind')}</legend>
      {kinds.map((k) => (
        <div key={k.label} className="choice">
          <label className="choice__main">
            <input
              type="radio"
              name="kind"
              checked={params.kind === k.value}
              aria-describedby={k.count !== undefined ? `${id}-${k.value}` : undefined}
              onChange={() => set({ kind: k.value })}
            />
            <span className="choice__label">{k.label}</span>
          </label>
          {k.count !== undefined && <FacetCount id={`${id}-${k.value}`} count={k.count} f={f} />}
        </div>
      ))}
    </fieldset>
  );
}
