import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Site } from '@/lib/sites/site';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from './site-fixtures';

/**
 * Site names a spreadsheet would run as formulas if a CSV writer let them through: whole cells,
 * and pieces that only appear when a file is opened with the other dialect's separator (or tab).
 */
export const HOSTILE_NAMES = [
  'x;=1+1;x',
  'x,=HYPERLINK(A1),x',
  '=1+1',
  '+1',
  '@SUM(1)',
  '-1',
  '\t=1+1',
  '\r=1+1',
  'a "quote" =1+1',
  'line 1\n=1+1',
  'x; =1+1',
  'x;"=1+1"',
  'x\t=1+1',
  'x;\t=1+1',
] as const;

/**
 * One plot per hostile name (the phone in its national form), and one hall with a `+49` phone.
 * The names are set after validation, which trims the tab and CR prefixes away.
 */
export function hostileSites(): Site[] {
  const plots = HOSTILE_NAMES.map((_, i) => plotFeature({ id: `gf-${i}`, contact_phone: '0341 555 0100' }));
  const valid = validateSites('plots', 'plot', plots).sites;
  valid.forEach((site, i) => (site.name = HOSTILE_NAMES[i]!));
  return [
    ...valid,
    ...validateSites('halls', 'hall', [
      hallFeature({ id: 'ho-1', name: 'Halle', contact_phone: '+49 345 555 0536' }),
    ]).sites,
  ];
}

/** What a spreadsheet runs as a formula: a cell whose first character after spaces is one of these. */
export const looksLikeFormula = (cell: string): boolean => /^ *[=+\-@\t\r]/.test(cell) && !isNumber(cell);
/** `-12`, `-12.5`, `-12,5`: a number, never a formula. */
const isNumber = (cell: string) => /^ *-?\d+(?:[.,]\d+)?$/.test(cell);

// The Debian interpreter (as in real-parsers.ts); the csv module is in Python's standard library.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READ_CSV = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
print(json.dumps(list(csv.reader(io.StringIO(text, newline=""), delimiter=sys.argv[1]))))
`;

/**
 * Rows of a CSV text as Python's csv module reads them with `delimiter`: RFC 4180 quoting, where
 * (as in spreadsheets) a quote delimits only a field that starts with one.
 */
export function readCsvWithPython(text: string, delimiter: string): string[][] {
  const r = spawnSync(PYTHON, ['-c', READ_CSV, delimiter], { input: text, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python3 csv failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}
