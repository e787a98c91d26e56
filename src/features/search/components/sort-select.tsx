import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SORT, type SortParam } from '@/lib/search/search-param-table';

const OPTIONS = [
  '-area',
  'area',
  'price',
  '-price',
  'distance',
  '-as_of',
  'name',
] as const satisfies SortParam[];

/** Sort order; "distance" needs a chosen place. */
export function SortSelect({
  value,
  hasPlace,
  onChange,
}: {
  value: SortParam | undefined;
  hasPlace: boolean;
  onChange: (v: SortParam | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('filters.sort')}</label>
      <select
        id={id}
        value={value ?? DEFAULT_SORT}
        onChange={(e) =>
          onChange(e.target.value === DEFAULT_SORT ? undefined : (e.target.value as SortParam))
        }
      >
        {OPTIONS.filter((o) => o !== 'distance' || hasPlace || value === 'distance').map((o) => (
          <option key={o} value={o}>
            {t(`filters.sortOption.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
