import { useTranslation } from 'react-i18next';
import '@/styles/filters.css';
import type { TranslationKey } from '@/lib/i18n/translation-key';
import { CRITERION_NAMES, type CriterionName } from '@/lib/search/criteria/criteria';
import type { FacetCounts } from '@/lib/search/engine/run-query';
import type { SiteIndex } from '@/lib/search/engine/site-index';
import { withoutUnsetWishes, type SearchParams } from '@/lib/search/search-param-table';
import type { SectionId } from '../criteria-ui/control-spec';
import { CriterionControl } from '../criteria-ui/criterion-control';
import { criterionUi } from '../criteria-ui/criterion-ui';
import { ActiveFilters } from './active-filters';
import { FilterSection } from './filter-section';
import type { FilterSectionProps } from './filter-section-props';
import { SortSelect } from './sort-select';

interface FilterBarProps {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
  facets: FacetCounts;
  names: ReadonlyMap<string, string>;
  /** The typed columns and the result ids (for the size histogram). */
  index: SiteIndex;
  resultIds: Uint32Array;
}

/** The foldable sections, their titles and hints; each shows its criteria in the table's order. */
const SECTIONS: { id: SectionId; title: TranslationKey; hint?: TranslationKey; open?: boolean }[] = [
  { id: 'size', title: 'filters.sectionSize', open: true },
  { id: 'location', title: 'filters.sectionLocation' },
  { id: 'transport', title: 'filters.sectionTransport' },
  { id: 'plots', title: 'filters.sectionPlots', hint: 'filters.plotsOnly' },
  { id: 'halls', title: 'filters.sectionHalls', hint: 'filters.hallsOnly' },
];

const criteriaIn = (section: SectionId): CriterionName[] =>
  CRITERION_NAMES.filter((name) => criterionUi(name).section === section);

function Controls({ section, props }: { section: SectionId; props: FilterSectionProps }) {
  return criteriaIn(section).map((name) => <CriterionControl key={name} name={name} {...props} />);
}

/** All filters, grouped; every change goes to the URL. Facet counts come from the engine. */
export function FilterBar({ params, onChange, facets, names, index, resultIds }: FilterBarProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SearchParams>) => onChange(withoutUnsetWishes({ ...params, ...patch }));
  const props: FilterSectionProps = { params, set, facets, names, index, resultIds };
  return (
    <div className="filter-bar" aria-label={t('search.filtersLabel')} role="group">
      <Controls section="top" props={props} />
      <ActiveFilters params={params} onChange={onChange} names={names} />
      {SECTIONS.map((s) => (
        <FilterSection key={s.id} title={t(s.title)} defaultOpen={s.open}>
          {s.hint && <p className="field-hint">{t(s.hint)}</p>}
          <Controls section={s.id} props={props} />
        </FilterSection>
      ))}
      <SortSelect
        value={params.sort}
        hasPlace={Boolean(params.near)}
        hasWishes={Boolean(params.want)}
        onChange={(sort) => set({ sort })}
      />
    </div>
  );
}
