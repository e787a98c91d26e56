import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATES, type StateCode } from '@/contract/field-types';
import type { KindParam, SearchParams } from '../search-params';
import { AreaInput } from './area-input';

interface FilterBarProps {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
}

/** The first filters: kind, size range on `area_m2`, state. Every change goes to the URL. */
export function FilterBar({ params, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<SearchParams>) => onChange({ ...params, ...patch });
  const kinds: { value: KindParam | undefined; label: string }[] = [
    { value: undefined, label: t('search.kindAll') },
    { value: 'plots', label: t('search.kindPlots') },
    { value: 'halls', label: t('search.kindHalls') },
  ];
  const toggleState = (code: StateCode, on: boolean) => {
    const next = STATES.filter((s) => (s === code ? on : (params.state ?? []).includes(s)));
    set({ state: next.length > 0 ? next : undefined });
  };
  return (
    <form className="filter-bar" aria-label={t('search.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="filter-bar__group">
        <legend>{t('search.kind')}</legend>
        {kinds.map((k) => (
          <label key={k.label} className="filter-bar__choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={params.kind === k.value}
              onChange={() => set({ kind: k.value })}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-bar__group">
        <legend>{t('search.state')}</legend>
        {STATES.map((code) => (
          <label key={code} className="filter-bar__choice">
            <input
              type="checkbox"
              checked={params.state?.includes(code) ?? false}
              onChange={(e) => toggleState(code, e.target.checked)}
            />
            {t(`states.${code}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-bar__group filter-bar__range">
        <AreaInput
          key={`min-${params.area_min}`}
          label={t('search.areaMin')}
          value={params.area_min}
          onCommit={(v) => set({ area_min: v })}
        />
        <AreaInput
          key={`max-${params.area_max}`}
          label={t('search.areaMax')}
          value={params.area_max}
          onCommit={(v) => set({ area_max: v })}
        />
      </div>
      <button type="button" className="filter-bar__reset" onClick={() => onChange({})}>
        {t('search.reset')}
      </button>
    </form>
  );
}
