import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import { formatValue as formatCriterionValue } from '@/lib/search/criteria/format-value';
import type { Site } from '@/lib/sites/site';
import type { CompareRow, CompareValue } from './compare-rows';

export interface CellContext {
  t: TFunction;
  /** Built for the table's one area unit. */
  f: Formatters;
  /** Today (`YYYY-MM-DD`, the app's clock): an availability date before it reads "sofort". */
  today: string;
}

function textCell(row: CompareRow, value: string, { t, f, today }: CellContext): string {
  const id = row.spec.id;
  if (row.spec.format === 'date')
    return id === 'available_from' && value <= today ? t('detail.immediately') : f.date(value);
  if (id === 'kind') return t(keyIn('kind', value));
  if (id === 'state') return t(keyIn('states', value));
  if (id === 'status' || id === 'zoning' || id === 'development_status') return t(keyIn(`enum.${id}`, value));
  return value;
}

function numberCell(row: CompareRow, value: number, site: Site, { t, f }: CellContext): string {
  switch (row.spec.format) {
    case 'area':
      return f.area(value);
    case 'euro':
      // A plot's total is worked out (area × price per m²); a hall's sale price is given.
      return site.kind === 'plot' ? t('compare.computed', { price: f.euro(value, 0) }) : f.euro(value, 0);
    case 'euroM2':
      return t('card.perM2', { price: f.euro(value) });
    case 'rentM2':
      return t('card.rentPerM2', { price: f.euro(value) });
    case 'km':
      return f.km(value);
    case 'metres':
      return formatCriterionValue('metre', value, f);
    case 'tonnesM2':
      return formatCriterionValue('tPerM2', value, f);
    case 'mva':
      return formatCriterionValue('mva', value, f);
    default:
      return f.number(value, 1);
  }
}

/** A comparison cell as a person reads it: "12 ha", "sofort", "1.950.000 € (berechnet)", "k. A.". */
export function compareCellText(row: CompareRow, value: CompareValue, site: Site, ctx: CellContext): string {
  if (value === undefined) return '–';
  if (value === null) return ctx.t('detail.unknown');
  if (typeof value === 'boolean') return ctx.t(value ? 'detail.yes' : 'detail.no');
  if (typeof value === 'string') return textCell(row, value, ctx);
  return numberCell(row, value, site, ctx);
}
