import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { searchKinds, useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { areaReader } from './number-reader';
import { SizeHistogram } from './size-histogram';

/**
 * Size from/to in the view's area unit (ha, or m² for a search of halls only; the header's
 * choice wins), with a unit typed along ("10 ha", "25.000 m²"); the URL keeps whole m². Below,
 * the size distribution of the results to pick a range from, in the same unit.
 */
export function AreaField({ params, set, index, resultIds }: FilterSectionProps) {
  const { t, i18n } = useTranslation();
  const areaUnit = useViewAreaUnit(searchKinds(params.kind));
  const f = useFormatters(areaUnit);
  const reader = areaReader({ t, f, language: i18n.language }, areaUnit);
  const unit = areaUnit === 'ha' ? 'ha' : 'm²';
  return (
    <>
      <div className="filter-row">
        <NumberField
          key={`min-${areaUnit}`}
          label={t('search.areaMin', { unit })}
          unit={unit}
          reader={reader}
          value={params.area_min}
          onCommit={(v) => set({ area_min: v })}
        />
        <NumberField
          key={`max-${areaUnit}`}
          label={t('search.areaMax', { unit })}
          unit={unit}
          reader={reader}
          value={params.area_max}
          onCommit={(v) => set({ area_max: v })}
        />
      </div>
      <SizeHistogram
        area={index.num.area}
        ids={resultIds}
        f={f}
        onPick={(min, max) => set({ area_min: min || undefined, area_max: max })}
      />
    </>
  );
}
