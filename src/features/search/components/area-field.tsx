import { useTranslation } from 'react-i18next';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { SizeHistogram } from './size-histogram';

/** Size from/to in m², and the size distribution of the results to pick a range from. */
export function AreaField({ params, set, index, resultIds }: FilterSectionProps) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
