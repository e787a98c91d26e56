/**
 * A small RFC 4180 CSV writer with two dialects and a formula-injection guard.
 *
 * - Cells are `string | number | boolean | null`. Numbers are written as numbers (decimal point or
 *   decimal comma per dialect, never quoted, never guarded); `null` is an empty cell.
 * - Text cells that start with `=`, `+`, `-`, `@`, tab or carriage return are prefixed with `'`
 *   (OWASP "CSV injection"), so a spreadsheet shows them as text instead of running a formula.
 * - A cell holding the separator, `"`, CR or LF is quoted, with `"` doubled.
 * Decision record: docs/decisions/0006-csv-export.md.
 */

export type CsvCell = string | number | boolean | null;

export interface CsvDialect {
  id: 'excel-de' | 'standard';
  separator: ';' | ',';
  decimal: ',' | '.';
  bom: boolean;
}

export const DIALECTS = {
  'excel-de': { id: 'excel-de', separator: ';', decimal: ',', bom: true },
  standard: { id: 'standard', separator: ',', decimal: '.', bom: false },
} as const satisfies Record<CsvDialect['id'], CsvDialect>;

export const BOM = '\uFEFF';
export const EOL = '\r\n';

/** `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** OWASP: neutralise a text that a spreadsheet would read as a formula. */
export const guardFormula = (text: string): string =>
  FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;

/** A number without exponent notation for everyday magnitudes, in the dialect's decimal mark. */
export function formatCsvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return dialect.decimal === '.' || Number.isInteger(value) ? text : text.replace('.', ',');
}

const NEEDS_QUOTES = { ';': /[;"\r\n]/, ',': /[,"\r\n]/ } as const;

function quoteIfNeeded(text: string, separator: CsvDialect['separator']): string {
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell, dialect);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quoteIfNeeded(guardFormula(cell), dialect.separator);
}

/** One record, ended by CRLF. */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += dialect.separator;
    line += formatCsvCell(cells[i]!, dialect);
  }
  return line + EOL;
}

/** A whole file as one string: BOM (Excel dialect), header, rows. */
export function writeCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  dialect: CsvDialect,
): string {
  const parts: string[] = [(dialect.bom ? BOM : '') + csvLine(header, dialect)];
  for (const row of rows) parts.push(csvLine(row, dialect));
  return parts.join('');
}
