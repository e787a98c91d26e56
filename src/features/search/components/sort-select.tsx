import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSort, type SortParam } from '@/lib/search/search-param-table';

const OPTIONS = [
  'fit',
  '-area',
  'area',
  'price',
  '-price',
  'distance',
  '-as_of',
  'name',
] as const satisfies SortParam[];

/** Sort order; "distance" needs a chosen place, "fit" wishes (and is then the default). */
export function SortSelect({
  value,
  hasPlace,
  hasWishes,
  onChange,
}: {
  value: SortParam | undefined;
  hasPlace: boolean;
  hasWishes: boolean;
  onChange: (v: SortParam | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fallback = defaultSort({ want: hasWishes ? ['wish'] : undefined });
  const offered = (o: SortParam) =>
    (o !== 'distance' || hasPlace || value === 'distance') && (o !== 'fit' || hasWishes);
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('filters.sort')}</label>
      <select
        id={id}
        value={value ?? fallback}
        onChange={(e) => onChange(e.target.value === fallback ? undefined : (e.target.value as SortParam))}
      >
        {OPTIONS.filter(offered).map((o) => (
          <option key={o} value={o}>
            {t(`filters.sortOption.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
