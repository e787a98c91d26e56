// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_NAMES,
  hostileSites,
  looksLikeFormula,
  readCsvWithPython,
} from '../../../tests/support/hostile-csv';
import { sitesToCsv } from './csv-export';
import { DIALECTS } from './csv-writer';
import { csvColumns } from './site-columns';

/**
 * Both CSV dialects, read back by a real RFC 4180 parser (Python's csv) with every separator a
 * person might pick when opening them: no cell may start like a formula, and the file's own
 * separator gives back every name (with its guards) and the phone numbers as `0049 …`.
 */

const sites = hostileSites();
const BASE = 'https://example.org/';
const SEPARATORS = [',', ';', '\t'];

describe.each(Object.values(DIALECTS))('$id CSV with hostile names', (dialect) => {
  const text = sitesToCsv(sites, dialect, BASE);

  it.each(SEPARATORS)('yields no formula when opened with %j as separator', (separator) => {
    const rows = readCsvWithPython(text, separator);
    expect(rows.length).toBeGreaterThan(sites.length);
    const formulas = rows.flatMap((row, r) =>
      row.filter(looksLikeFormula).map((cell) => `row ${r}: ${JSON.stringify(cell)}`),
    );
    expect(formulas).toEqual([]);
  });

  it('reads back with its own separator: every name guarded, nothing else changed', () => {
    const [header, ...rows] = readCsvWithPython(text, dialect.separator);
    expect(header).toEqual([...csvColumns()]);
    const column = (name: string) => header!.indexOf(name);
    // Take the guards away again: what is left is the name as it was.
    const unguarded = rows.map((row) => row[column('name')]!.replace(/(^|[,;\t\r\n])'/g, '$1'));
    expect(unguarded).toEqual([...HOSTILE_NAMES, 'Halle']);
    expect(rows.map((row) => row[column('name')]!).filter(looksLikeFormula)).toEqual([]);
    expect(rows[0]![column('name')]).toBe("x;'=1+1;x");
    expect(rows[1]![column('name')]).toBe("x,'=HYPERLINK(A1),x");
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([header!.length]));
  });

  it('writes phone numbers as 0049 … without a guard, and numbers unquoted', () => {
    const [header, ...rows] = readCsvWithPython(text, dialect.separator);
    const phones = new Set(rows.map((row) => row[header!.indexOf('contact_phone')]));
    expect(phones).toEqual(new Set(['0049 341 555 0100', '0049 345 555 0536']));
    expect(text).not.toContain("'0049");
    const lat = dialect.decimal === ',' ? '51,35' : '51.35';
    expect(text).toContain(`${dialect.separator}${lat}${dialect.separator}`);
  });
});
