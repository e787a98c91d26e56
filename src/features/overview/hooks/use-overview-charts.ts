import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters, type Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import type { KindName, Overview } from '../aggregate/overview-model';
import { overviewCharts, type ChartLabels, type ChartSpec } from '../overview-charts';
import { useKindViews, type KindView } from './use-kind-views';

export function chartLabels(
  t: TFunction,
  f: Formatters,
  names: ReadonlyMap<string, string>,
  views: Record<KindName, KindView>,
): ChartLabels {
  const amount = (v: number, section: 'size' | 'price', kind: KindName) =>
    section === 'price' ? f.number(v, 2) : views[kind].f.area(v);
  return {
    kind: (kind) => t(`overview.${kind}`),
    section: (section, kind) =>
      t('overview.chartTitle', {
        kind: t(`overview.${kind}`),
        what: section === 'price' ? t(`overview.priceKind.${kind}`) : t(`overview.section.${section}`),
      }),
    state: (code) => t(keyIn('states', code)),
    district: (ags) => names.get(ags) ?? ags,
    zoning: (code) => t(keyIn('enum.zoning', code)),
    dev: (code) => t(keyIn('enum.development_status', code)),
    avail: (key) => t(keyIn('overview.avail', key)),
    unknown: () => t('overview.unknown'),
    range: (lower, upper, section, kind) => {
      const lo = amount(lower, section, kind);
      if (upper === null) return t('overview.range.from', { lower: lo });
      const up = amount(upper, section, kind);
      return lower === 0
        ? t('overview.range.below', { upper: up })
        : t('overview.range.between', { lower: lo, upper: up });
    },
    note: (key) => t(`overview.${key}`),
  };
}

/** The overview's charts with labels in the current language. */
export function useOverviewCharts(overview: Overview, names: ReadonlyMap<string, string>): ChartSpec[] {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const views = useKindViews();
  const { plots, halls } = views;
  return useMemo(
    () => overviewCharts(overview, chartLabels(t, f, names, { plots, halls })),
    // t changes with the language; a view's formatters are cached per language and unit
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [overview, names, i18n.language, f, plots.f, halls.f],
  );
}
