import { useTranslation } from 'react-i18next';
import type { UnknownName } from '@/lib/search/search-param-table';
import { toggleUnknown, type FilterSectionProps } from './filter-section-props';

/** "Include sites without this value" for one numeric filter (off by default). */
export function UnknownToggle({
  name,
  params,
  set,
}: { name: UnknownName } & Pick<FilterSectionProps, 'params' | 'set'>) {
  const { t } = useTranslation();
  return (
    <label className="choice choice--small">
      <input
        type="checkbox"
        checked={params.unknown?.includes(name) ?? false}
        onChange={(e) => set(toggleUnknown(params, name, e.target.checked))}
      />
      <span className="choice__label">{t('filters.includeUnknown')}</span>
    </label>
  );
}
