import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import '@/styles/filters.css';
import type { FacetCounts } from '@/lib/search/engine/run-query';
import type { SiteIndex } from '@/lib/search/engine/site-index';
import type { KindParam, SearchParams } from '@/lib/search/search-param-table';
import { useId } from 'react';
import { ActiveFilters } from './active-filters';
import { FacetCount } from './choice-list';
import { FilterSection } from './filter-section';
import { HallFilters } from './hall-filters';
import { LocationFilters } from './location-filters';
import { NumberField } from './number-field';
import { PlotFilters } from './plot-filters';
import { SizeHistogram } from './size-histogram';
import { SortSelect } from './sort-select';
import { TextSearch } from './text-search';
import { TransportFilters } from './transport-filters';

interface FilterBarProps {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
  facets: FacetCounts;
  names: ReadonlyMap<string, string>;
  /** The typed columns and the result ids (for the size histogram). */
  index: SiteIndex;
  resultIds: Uint32Array;
}

/** All filters, grouped; every change goes to the URL. Facet counts come from the engine. */
export function FilterBar({ params, onChange, facets, names, index, resultIds }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const f = useFormatters();
  const set = (patch: Partial<SearchParams>) => onChange({ ...params, ...patch });
  const section = { params, set, facets, names };
  const kinds: { value: KindParam | undefined; label: string; count?: number }[] = [
    { value: undefined, label: t('search.kindAll') },
    { value: 'plots', label: t('search.kindPlots'), count: facets.kind.get('plots') },
    { value: 'halls', label: t('search.kindHalls'), count: facets.kind.get('halls') },
  ];
  return (
    <div className="filter-bar" aria-label={t('search.filtersLabel')} role="group">
      <TextSearch key={`q-${params.q}`} value={params.q} onCommit={(q) => set({ q })} />
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
      <ActiveFilters params={params} onChange={onChange} names={names} />
      <FilterSection title={t('filters.sectionSize')} defaultOpen>
        <div className="filter-row">
          <NumberField
            key={`min-${params.area_min}`}
            label={t('search.areaMin')}
            unit="m²"
            whole
            value={params.area_min}
            onCommit={(v) => set({ area_min: v })}
          />
          <NumberField
            key={`max-${params.area_max}`}
            label={t('search.areaMax')}
            unit="m²"
            whole
            value={params.area_max}
            onCommit={(v) => set({ area_max: v })}
          />
        </div>
        <SizeHistogram
          area={index.num.area}
          ids={resultIds}
          onPick={(min, max) => set({ area_min: min || undefined, area_max: max })}
        />
      </FilterSection>
      <FilterSection title={t('filters.sectionLocation')}>
        <LocationFilters {...section} />
      </FilterSection>
      <FilterSection title={t('filters.sectionTransport')}>
        <TransportFilters {...section} />
      </FilterSection>
      <FilterSection title={t('filters.sectionPlots')}>
        <PlotFilters {...section} />
      </FilterSection>
      <FilterSection title={t('filters.sectionHalls')}>
        <HallFilters {...section} />
      </FilterSection>
      <SortSelect value={params.sort} hasPlace={Boolean(params.near)} onChange={(sort) => set({ sort })} />
    </div>
  );
}
