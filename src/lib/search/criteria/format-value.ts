import { NBSP, type Formatters } from '@/lib/i18n/format';
import type { ValueFormat } from './criterion-types';

/** The unit shown beside an input of this format (areas follow the area unit elsewhere). */
export const UNIT_OF: Record<ValueFormat, string> = {
  area: 'm²',
  eurPerM2: '€/m²',
  eurPerM2Month: '€/m²',
  km: 'km',
  count: '',
  metre: 'm',
  tPerM2: 't/m²',
  mva: 'MVA',
};

/** Formats typed as whole numbers. */
export const WHOLE_FORMATS: ReadonlySet<ValueFormat> = new Set(['area', 'count']);

/** A number as a person reads it in the page's language: "2,00 ha", "60,00 €/m²", "4,2 km". */
export function formatValue(format: ValueFormat, value: number, f: Formatters): string {
  switch (format) {
    case 'area':
      return f.area(value);
    case 'km':
      return f.km(value);
    case 'count':
      return f.number(value);
    case 'eurPerM2':
    case 'eurPerM2Month':
      return `${f.number(value, 2)}${NBSP}€/m²`;
    case 'metre':
      return `${f.number(value, 1)}${NBSP}m`;
    case 'tPerM2':
      return `${f.number(value, 1)}${NBSP}t/m²`;
    case 'mva':
      return `${f.number(value, 1)}${NBSP}MVA`;
  }
}
