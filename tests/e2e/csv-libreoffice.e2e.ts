import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { sitesToCsvBytes } from '@/features/export/csv-export';
import { DIALECTS } from '@/features/export/csv-writer';
import { hostileSites } from '../support/hostile-csv';
import { openCsvInCalc, type CalcCell } from './support/libreoffice';

/**
 * Both CSV dialects with hostile site names, opened in headless LibreOffice Calc with the file's
 * own separator, the other dialect's, tab, and all three at once: no cell may become a formula.
 * A canary file written the old way (quoted, but one piece unguarded) must yield one, so a
 * LibreOffice that stopped evaluating formulas on import cannot make this test pass by itself.
 */

const dir = mkdtempSync(join(tmpdir(), 'sf-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = Object.values(DIALECTS).map((dialect) => {
  const path = join(dir, `${dialect.id}.csv`);
  writeFileSync(path, sitesToCsvBytes(hostileSites(), dialect, 'https://example.org/'));
  return { dialect, path };
});
const canary = join(dir, 'canary.csv');
writeFileSync(canary, 'id,name\r\nplots/x,"x;=1+1;x"\r\nplots/y,"x\t=2+2\tx"\r\nplots/z,"=3+3"\r\n');

/** Every file opened with `separators`, once per set (LibreOffice takes seconds to start). */
const opened = new Map<string, Map<string, CalcCell[][]>>();
const openAll = (separators: string) => {
  if (!opened.has(separators)) {
    opened.set(separators, openCsvInCalc([...files.map((f) => f.path), canary], separators));
  }
  return opened.get(separators)!;
};

const formulas = (rows: CalcCell[][]) =>
  rows.flatMap((row, r) => row.filter((c) => c.formula !== null).map((c) => `row ${r}: ${c.formula}`));
const column = (rows: CalcCell[][], name: string) => {
  const at = rows[0]!.findIndex((c) => c.text === name);
  return rows.slice(1).map((row) => row[at]!);
};

describe('CSV export opened in LibreOffice Calc', () => {
  test.each([
    ['","', ','],
    ['";"', ';'],
    ['tab', '\t'],
    ['",", ";" and tab at once', ',;\t'],
  ])('neither dialect yields a formula with %s as separator', (_, separators) => {
    const sheets = openAll(separators);
    expect(formulas(sheets.get(canary)!).length, 'the canary must yield a formula').toBeGreaterThan(0);
    for (const { dialect, path } of files) {
      const rows = sheets.get(path)!;
      expect(rows.length, dialect.id).toBeGreaterThan(10);
      expect(formulas(rows), dialect.id).toEqual([]);
    }
  });

  test('each dialect read with its own separator: names as text, phone numbers as 0049 … text', () => {
    for (const { dialect, path } of files) {
      const rows = openAll(dialect.separator).get(path)!;
      const names = column(rows, 'name');
      expect(names.slice(0, 3).map((c) => [c.text, c.type])).toEqual([
        ["x;'=1+1;x", 'string'],
        ["x,'=HYPERLINK(A1),x", 'string'],
        ["'=1+1", 'string'],
      ]);
      const phones = column(rows, 'contact_phone');
      expect(new Set(phones.map((c) => `${c.type}: ${c.text}`))).toEqual(
        new Set(['string: 0049 341 555 0100', 'string: 0049 345 555 0536']),
      );
    }
  });
});
