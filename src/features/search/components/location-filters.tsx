import { useTranslation } from 'react-i18next';
import { STATES } from '@/contract/field-types';
import { ChoiceList, type ChoiceOption } from './choice-list';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { PlaceField } from './place-field';
import { UnknownToggle } from './unknown-toggle';

const byLabel = (a: ChoiceOption, b: ChoiceOption) => a.label.localeCompare(b.label, 'de');

/** Where: place + radius, state, district, municipality. */
export function LocationFilters({ params, set, facets, names }: FilterSectionProps) {
  const { t } = useTranslation();
  const keyed = (counts: ReadonlyMap<string, number>) =>
    [...counts].map(([ags, count]) => ({ value: ags, label: names.get(ags) ?? ags, count })).sort(byLabel);
  return (
    <>
      <PlaceField params={params} set={set} />
      <ChoiceList
        legend={t('search.state')}
        options={STATES.map((s) => ({ value: s, label: t(`states.${s}`), count: facets.state.get(s) ?? 0 }))}
        selected={params.state}
        onChange={(v) => set({ state: v as typeof params.state })}
      />
      <ChoiceList
        legend={t('filters.district')}
        options={keyed(facets.district)}
        selected={params.district}
        onChange={(v) => set({ district: v })}
        scroll
      />
      <ChoiceList
        legend={t('filters.municipality')}
        options={keyed(facets.municipality)}
        selected={params.municipality}
        onChange={(v) => set({ municipality: v })}
        scroll
      />
      <NumberField
        key={`pop30-${params.pop30_min}`}
        label={t('filters.pop30Min')}
        unit=""
        whole
        value={params.pop30_min}
        onCommit={(v) => set({ pop30_min: v })}
      />
      <UnknownToggle name="pop30" params={params} set={set} />
    </>
  );
}
