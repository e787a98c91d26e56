import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Opens CSV files in headless LibreOffice Calc (Debian libreoffice-calc-nogui) as a person would
 * with the CSV import dialog, saves them as flat ODS (XML) and reads the cells back, with the
 * formula of every cell LibreOffice turned into one.
 */

export interface CalcCell {
  text: string;
  /** `of:=1+1` when LibreOffice made the cell a formula. */
  formula: string | null;
  type: string | null;
}

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? 'soffice';
const CONVERT_TIMEOUT_MS = 45_000;

/**
 * The CSV import filter options: separators (ASCII codes, `/` between several), text delimiter `"`,
 * UTF-8, from line 1, standard column formats, German, quoted fields NOT forced to text, special
 * numbers detected, spaces trimmed, formulas evaluated: the import most eager to find formulas.
 */
const csvFilter = (separators: string) =>
  `CSV:${[...separators].map((c) => c.charCodeAt(0)).join('/')},34,76,1,,1031,false,true,false,false,true,-1,true`;

/** Each CSV file opened with `separators`, as rows of cells. */
export function openCsvInCalc(files: string[], separators: string): Map<string, CalcCell[][]> {
  const work = mkdtempSync(join(tmpdir(), 'sf-calc-'));
  try {
    const r = spawnSync(
      SOFFICE,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        `--infilter=${csvFilter(separators)}`,
        '--convert-to',
        'fods',
        '--outdir',
        join(work, 'out'),
        ...files,
      ],
      { encoding: 'utf8', timeout: CONVERT_TIMEOUT_MS },
    );
    if (r.error) {
      throw new Error(
        `LibreOffice Calc is needed for this test (apt-get install -y --no-install-recommends ` +
          `libreoffice-calc-nogui): ${r.error.message}`,
      );
    }
    const sheets = new Map<string, CalcCell[][]>();
    for (const file of files) {
      const out = join(work, 'out', basename(file).replace(/\.csv$/, '.fods'));
      if (!existsSync(out)) throw new Error(`soffice wrote no ${out}: ${r.stdout}\n${r.stderr}`);
      sheets.set(file, readFlatOds(readFileSync(out, 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attribute = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/** A cell's text: its paragraphs joined by line breaks, with `<text:s/>` spaces and tabs. */
function cellText(body: string): string {
  const paragraphs = [...body.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>|<text:p[^>]*\/>/g)];
  return paragraphs
    .map(([, p = '']) =>
      unescapeXml(
        p
          .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => ' '.repeat(Number(n ?? 1)))
          .replace(/<text:tab\/>/g, '\t')
          .replace(/<text:line-break\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
}

/** The first table of a flat ODS document, as rows of cells (repeated cells written out). */
export function readFlatOds(xml: string): CalcCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(
      ([, attrs = '', body = '']) => {
        const cell = {
          text: cellText(body),
          formula: attribute(attrs, 'table:formula'),
          type: attribute(attrs, 'office:value-type'),
        };
        // A run of equal cells (usually empty ones) is one element; trailing runs fill the sheet.
        const repeated = Number(attribute(attrs, 'table:number-columns-repeated') ?? 1);
        return Array.from({ length: Math.min(repeated, 1024) }, () => cell);
      },
    ),
  );
}
