import { useTranslation } from 'react-i18next';
import { ZONINGS } from '@/contract/site-schemas';
import { DEV_PARAMS, DEV_STATUS, PLAN_PARAMS, PLAN_STATUS } from '@/lib/search/search-param-table';
import { ChoiceList } from './choice-list';
import { FlagField } from './flag-field';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { UnknownToggle } from './unknown-toggle';

/** Plot-only filters: each restricts the results to plots. */
export function PlotFilters({ params, set, facets }: FilterSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('filters.plotsOnly')}</p>
      <ChoiceList
        legend={t('field.zoning')}
        options={ZONINGS.map((z) => ({
          value: z,
          label: t(`enum.zoning.${z}`),
          count: facets.zoning.get(z) ?? 0,
        }))}
        selected={params.zoning}
        onChange={(v) => set({ zoning: v as typeof params.zoning })}
      />
      <ChoiceList
        legend={t('field.planning_status')}
        options={PLAN_PARAMS.map((p) => ({
          value: p,
          label: t(`enum.planning_status.${PLAN_STATUS[p]}`),
          count: facets.plan.get(PLAN_STATUS[p]) ?? 0,
        }))}
        selected={params.plan}
        onChange={(v) => set({ plan: v as typeof params.plan })}
      />
      <ChoiceList
        legend={t('field.development_status')}
        options={DEV_PARAMS.map((d) => ({
          value: d,
          label: t(`enum.development_status.${DEV_STATUS[d]}`),
          count: facets.dev.get(DEV_STATUS[d]) ?? 0,
        }))}
        selected={params.dev}
        onChange={(v) => set({ dev: v as typeof params.dev })}
      />
      <div className="filter-row">
        <NumberField
          key={`pmin-${params.price_min}`}
          label={t('filters.priceMin')}
          unit="€/m²"
          value={params.price_min}
          onCommit={(v) => set({ price_min: v })}
        />
        <NumberField
          key={`pmax-${params.price_max}`}
          label={t('filters.priceMax')}
          unit="€/m²"
          value={params.price_max}
          onCommit={(v) => set({ price_max: v })}
        />
      </div>
      <UnknownToggle name="price" params={params} set={set} />
      <NumberField
        key={`contig-${params.contig_min}`}
        label={t('filters.contigMin')}
        unit="m²"
        whole
        value={params.contig_min}
        onCommit={(v) => set({ contig_min: v })}
      />
      <UnknownToggle name="contig" params={params} set={set} />
      <NumberField
        key={`div-${params.divisible_max}`}
        label={t('filters.divisibleMax')}
        unit="m²"
        whole
        value={params.divisible_max}
        onCommit={(v) => set({ divisible_max: v })}
      />
      <UnknownToggle name="divisible" params={params} set={set} />
      <NumberField
        key={`park-${params.park_area_min}`}
        label={t('filters.parkAreaMin')}
        unit="m²"
        whole
        value={params.park_area_min}
        onCommit={(v) => set({ park_area_min: v })}
      />
      <UnknownToggle name="park_area" params={params} set={set} />
      <FlagField
        label={t('field.rail_siding')}
        checked={params.rail === true}
        onChange={(v) => set({ rail: v })}
      />
      <FlagField
        label={t('field.operation_24h')}
        checked={params.h24 === true}
        onChange={(v) => set({ h24: v })}
      />
      <ChoiceList
        legend={t('field.sector_tags')}
        options={[...facets.sector].map(([tag, count]) => ({
          value: tag,
          label: t(`sector.${tag}`, { defaultValue: tag }),
          count,
        }))}
        selected={params.sector}
        onChange={(v) => set({ sector: v })}
      />
    </>
  );
}
