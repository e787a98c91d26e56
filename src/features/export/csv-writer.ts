/**
 * A small RFC 4180 CSV writer with two dialects and a formula-injection guard.
 *
 * - Cells are `string | number | boolean | null`. Numbers are written as numbers (decimal point or
 *   decimal comma per dialect, never quoted, never guarded); `null` is an empty cell.
 * - Text is guarded against formulas (OWASP "CSV injection") piece by piece: a piece starts at the
 *   cell's start and after every `,`, `;`, tab, CR or LF, because a file opened with the other
 *   dialect's separator (or tab) is split there, and quotes only delimit a field that starts with
 *   one. A piece whose first character after spaces and `"` is `=`, `+`, `-`, `@`, tab or CR gets
 *   a `'` in front, so no spreadsheet runs it, whichever separator it is opened with.
 * - A text cell holding `,`, `;`, tab, `"`, CR or LF is quoted in both dialects, `"` doubled.
 * Decision records: docs/decisions/0007-shortlist-share-and-csv-export.md,
 * docs/decisions/0020-csv-quoting-and-geojson-layers.md.
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

/** A piece (see above) that a spreadsheet would read as a formula, looking past spaces and `"`. */
const FORMULA_PIECE = /^[ "]*[=+\-@\t\r]/;
/** A piece boundary followed by such a piece. */
const FORMULA_AFTER_BOUNDARY = /([,;\t\r\n])(?=[ "]*[=+\-@\t\r])/g;

/** OWASP: a `'` before every piece of the text that a spreadsheet would read as a formula. */
export const guardFormula = (text: string): string =>
  (FORMULA_PIECE.test(text) ? "'" : '') + text.replace(FORMULA_AFTER_BOUNDARY, "$1'");

/** A number without exponent notation for everyday magnitudes, in the dialect's decimal mark. */
export function formatCsvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return dialect.decimal === '.' || Number.isInteger(value) ? text : text.replace('.', ',');
}

/** Both dialects' separators, tab, quote, line breaks: quoted whichever separator the file has. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

const quoteIfNeeded = (text: string): string =>
  NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

export function formatCsvCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell, dialect);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quoteIfNeeded(guardFormula(cell));
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
