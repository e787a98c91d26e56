import { useTranslation } from 'react-i18next';
import { useAreaUnit } from '@/lib/i18n/area-unit';
import { formatters, type Formatters } from '@/lib/i18n/format';
import { viewAreaUnit, type ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { KindName } from '../aggregate/overview-model';

/** A chart's area unit and the formatters built for it. */
export interface KindView {
  unit: ViewAreaUnit;
  f: Formatters;
}

/**
 * Each chart shows one kind, so each is one view with one area unit (`viewAreaUnit`): plots in
 * ha, halls in m² under `auto`; bars, axis, labels, notes and table agree.
 */
export function useKindViews(): Record<KindName, KindView> {
  const { i18n } = useTranslation();
  const choice = useAreaUnit();
  const view = (kind: 'plot' | 'hall'): KindView => {
    const unit = viewAreaUnit(choice, [kind]);
    return { unit, f: formatters(i18n.language, unit) };
  };
  return { plots: view('plot'), halls: view('hall') };
}
