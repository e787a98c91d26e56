import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import {
  areaInM2,
  M2_PER_HA,
  readArea,
  readNumber,
  type AreaInputUnit,
  type NumberLanguage,
  type ReadResult,
} from '@/lib/i18n/parse-number';

/** What a number field made of its text: a value (undefined: the bound is removed) or why not. */
export type FieldReading =
  { ok: true; value: number | undefined; echo: string | null } | { ok: false; message: string };

/** How a number field reads its text and writes its value back as text. */
export interface NumberReader {
  read(text: string): FieldReading;
  /** The value as the field shows it ("2,5" for 25,000 m² in a ha field). */
  draft(value: number): string;
}

interface ReaderContext {
  t: TFunction;
  f: Formatters;
  language: string;
}

const numberLanguage = (language: string): NumberLanguage => (language === 'en' ? 'en' : 'de');

function problem(r: ReadResult, text: string, examples: string, t: TFunction): FieldReading {
  const message =
    r.kind === 'unknownUnit'
      ? t('numberInput.unknownUnit', { unit: r.unit, examples })
      : t('numberInput.notNumber', { text: text.trim(), examples });
  return { ok: false, message };
}

const examplesOf = (f: Formatters, extra: string[] = []) =>
  [f.number(10), f.number(10.5, 1), f.number(100_000), ...extra].join(' · ');

/** A plain number in the unit shown beside the field (km, €/m², …). */
export function plainReader({ t, f, language }: ReaderContext, unit: string, whole: boolean): NumberReader {
  const digits = whole ? 0 : 6;
  const examples = examplesOf(f);
  return {
    read(text) {
      const r = readNumber(text, numberLanguage(language));
      if (r.kind === 'empty') return { ok: true, value: undefined, echo: null };
      if (r.kind !== 'number') return problem(r, text, examples, t);
      const value = whole ? Math.round(r.value) : r.value;
      return { ok: true, value, echo: `= ${f.number(value, digits)} ${unit}`.trimEnd() };
    },
    draft: (value) => f.number(value, digits),
  };
}

const UNIT_TEXT: Record<AreaInputUnit, string> = { ha: 'ha', m2: 'm²' };
const inUnit = (m2: number, unit: AreaInputUnit) => (unit === 'ha' ? m2 / M2_PER_HA : m2);
const areaText = (m2: number, unit: AreaInputUnit, f: Formatters) =>
  `${f.number(inUnit(m2, unit), unit === 'ha' ? 4 : 0)} ${UNIT_TEXT[unit]}`;

/**
 * An area in the field's unit or with its own ("10 ha", "25.000 m²"); the value is whole m² (the
 * URL's unit), the echo in the unit it was typed in.
 */
export function areaReader({ t, f, language }: ReaderContext, unit: AreaInputUnit): NumberReader {
  const examples = examplesOf(f, [`${f.number(10)} ha`]);
  return {
    read(text) {
      const r = readArea(text, numberLanguage(language), unit);
      if (r.kind === 'empty') return { ok: true, value: undefined, echo: null };
      if (r.kind !== 'number') return problem(r, text, examples, t);
      const m2 = areaInM2(r.value, r.unit ?? unit);
      return { ok: true, value: m2, echo: `= ${areaText(m2, r.unit ?? unit, f)}` };
    },
    draft: (m2) => f.number(inUnit(m2, unit), unit === 'ha' ? 4 : 0),
  };
}
