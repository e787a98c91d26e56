import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { suggestRelaxations, type Relaxation } from '../relax-suggestions';
import type { SearchParams } from '@/lib/search/search-param-table';
import '@/styles/empty-results.css';

interface EmptyResultsProps {
  params: SearchParams;
  countWith: (params: SearchParams) => number;
  onChange: (next: SearchParams) => void;
}

/** No results: says so and offers the relaxations that would show sites, each with its count. */
export function EmptyResults({ params, countWith, onChange }: EmptyResultsProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const suggestions = useMemo(() => suggestRelaxations(params, countWith), [params, countWith]);
  const label = (r: Relaxation, count: number) => {
    const formatted = f.number(count);
    if (r.kind === 'radius') return t('comfort.relaxRadius', { km: f.number(r.km), formatted });
    if (r.kind === 'areaMin') return t('comfort.relaxAreaMin', { area: f.area(r.area), formatted });
    return t('comfort.relaxFilter', { what: t(`filters.param.${r.name}`), formatted });
  };
  return (
    <div className="search-page__status empty-results">
      <p>{t('search.empty')}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{t('comfort.relaxIntro')}</p>
          <ul className="empty-results__list">
            {suggestions.map(({ relaxation, count }) => (
              <li key={`${relaxation.kind}-${'name' in relaxation ? relaxation.name : ''}`}>
                <button type="button" onClick={() => onChange(relaxation.params)}>
                  {label(relaxation, count)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('search.emptyHint')}</p>
      )}
    </div>
  );
}
