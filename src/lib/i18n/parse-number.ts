/**
 * Numbers as a person types them, read by the page's language.
 *
 * A separator (`.` or `,`) is a thousands mark only when every group after it has exactly three
 * digits and the first group one to three (not starting with 0); otherwise it is the decimal
 * mark. Where both readings are possible, the language decides: German reads "1,234" as 1.234
 * (`,` is its decimal mark) and "1.234" as 1234; English the other way round. So "10,5" and
 * "10.5" are 10.5 in both languages, "100.000" is 100000 in German, "1,2,3" is nothing.
 */

export type NumberLanguage = 'de' | 'en';

/** The language's decimal mark (the other separator is its thousands mark). */
const DECIMAL_MARK: Record<NumberLanguage, '.' | ','> = { de: ',', en: '.' };

const THOUSANDS_GROUPS = /^[1-9]\d{0,2}$/;

/** Whether `parts` (the digits between one kind of separator) read as thousands groups. */
const groupsOfThousands = (parts: readonly string[]) =>
  THOUSANDS_GROUPS.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));

/** "1.234" / "1234" → its digits without thousands marks, or null when the groups do not fit. */
function integerPart(text: string, mark: string): string | null {
  if (!text.includes(mark)) return /^\d+$/.test(text) ? text : null;
  const parts = text.split(mark);
  return groupsOfThousands(parts) ? parts.join('') : null;
}

/** The number `text` spells (digits with `.` and `,` only), or null. */
export function parseLocaleNumber(text: string, language: NumberLanguage): number | null {
  const s = text.trim();
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let digits: string | null;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark (once), the other the thousands mark.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [int = '', frac = ''] = s.split(decimal);
    const intDigits = (decimal === '.' ? dots : commas) === 1 ? integerPart(int, thousands) : null;
    digits = intDigits === null ? null : `${intDigits}.${frac}`;
  } else if (dots + commas === 0) {
    digits = s;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const parts = s.split(mark);
    const asThousands = groupsOfThousands(parts);
    const asDecimal = parts.length === 2;
    if (asThousands && (!asDecimal || mark !== DECIMAL_MARK[language])) digits = parts.join('');
    else digits = asDecimal ? `${parts[0]}.${parts[1]}` : null;
  }
  return digits === null ? null : Number(digits);
}

export const M2_PER_HA = 10_000;

/** The area units a field reads: `ha` and `m²` (also typed `m2`, `qm`). */
export type AreaInputUnit = 'm2' | 'ha';

const UNIT_SPELLINGS: Record<string, AreaInputUnit> = { ha: 'ha', 'm²': 'm2', m2: 'm2', qm: 'm2' };

/** What a field made of its text: a number (in `unit` for areas), nothing (empty), or why not. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; unit?: AreaInputUnit }
  | { kind: 'notNumber' }
  | { kind: 'unknownUnit'; unit: string };

/** A plain number ("10,5", "100.000"): the unit is shown beside the field, not typed. */
export function readNumber(text: string, language: NumberLanguage): ReadResult {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const value = parseLocaleNumber(s, language);
  return value === null ? { kind: 'notNumber' } : { kind: 'number', value };
}

/**
 * An area: a number in the field's unit, or with its own ("10 ha", "25.000 m²", "2,5ha").
 * The result's `value` is in `unit`; `areaInM2` converts it.
 */
export function readArea(text: string, language: NumberLanguage, fieldUnit: AreaInputUnit): ReadResult {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const match = /^([\d.,]*\d[.,]?)\s*([^\d\s.,].*)?$/u.exec(s);
  if (!match) return { kind: 'notNumber' };
  const [, numberText = '', unitText] = match;
  const unit = unitText === undefined ? fieldUnit : UNIT_SPELLINGS[unitText.trim().toLowerCase()];
  if (!unit) return { kind: 'unknownUnit', unit: unitText!.trim() };
  const value = parseLocaleNumber(numberText, language);
  return value === null ? { kind: 'notNumber' } : { kind: 'number', value, unit };
}

/** An area read in `unit`, in whole m² (the URL's unit). */
export const areaInM2 = (value: number, unit: AreaInputUnit) =>
  Math.round(unit === 'ha' ? value * M2_PER_HA : value);
