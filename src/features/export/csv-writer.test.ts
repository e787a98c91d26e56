import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIALECTS, formatCsvCell, guardFormula, writeCsv } from './csv-writer';

const excel = DIALECTS['excel-de'];
const standard = DIALECTS.standard;
const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true })
    .data;

describe('CSV writer', () => {
  it('Excel (Deutsch): BOM, semicolons, decimal comma, CRLF', () => {
    const csv = writeCsv(['name', 'price'], [['Fläche Nord', 65.5]], excel);
    expect(csv).toBe('\uFEFFname;price\r\nFläche Nord;65,5\r\n');
  });

  it('Standard: commas, decimal point, no BOM, CRLF', () => {
    const csv = writeCsv(['name', 'price'], [['Fläche Nord', 65.5]], standard);
    expect(csv).toBe('name,price\r\nFläche Nord,65.5\r\n');
  });

  it('quotes both separators, tabs, quotes and line breaks per RFC 4180, and a parser reads them back', () => {
    const tricky = ['a;b', 'a,b', 'a\tb', 'say "hi"', 'line 1\nline 2', 'cr\r\nlf', 'Größe ÄÖÜß'];
    for (const dialect of [excel, standard]) {
      const csv = writeCsv(
        ['v'],
        tricky.map((t) => [t]),
        dialect,
      );
      expect(
        parse(csv, dialect.separator)
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(tricky);
    }
    expect(formatCsvCell('a;b', excel)).toBe('"a;b"');
    expect(formatCsvCell('a,b', excel)).toBe('"a,b"');
    expect(formatCsvCell('a;b', standard)).toBe('"a;b"');
    expect(formatCsvCell('a\tb', standard)).toBe('"a\tb"');
    expect(formatCsvCell('a b', standard)).toBe('a b');
    expect(formatCsvCell('a,b', standard)).toBe('"a,b"');
    expect(formatCsvCell('say "hi"', standard)).toBe('"say ""hi"""');
  });

  it('neutralises formula starts in text cells (OWASP) and leaves numbers alone', () => {
    expect(guardFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(guardFormula('+49 341 555 0100')).toBe("'+49 341 555 0100");
    expect(guardFormula('-1+1')).toBe("'-1+1");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('\rx')).toBe("'\rx");
    expect(guardFormula('Leipzig = gut')).toBe('Leipzig = gut');
    expect(formatCsvCell(-12.5, excel)).toBe('-12,5');
    expect(formatCsvCell(-12.5, standard)).toBe('-12.5');
    expect(formatCsvCell('=1+2;x', excel)).toBe('"\'=1+2;x"');
  });

  it('guards every piece that a foreign separator, a tab or a line break would make a cell', () => {
    expect(guardFormula('x;=1+1;x')).toBe("x;'=1+1;x");
    expect(guardFormula('x,=HYPERLINK(A1),x')).toBe("x,'=HYPERLINK(A1),x");
    expect(guardFormula('a, -1')).toBe("a,' -1");
    expect(guardFormula('a;"=1"')).toBe('a;\'"=1"');
    expect(guardFormula(' =1')).toBe("' =1");
    expect(guardFormula('"+1"')).toBe('\'"+1"');
    expect(guardFormula('a\n@SUM(1)\r\n+1')).toBe("a\n'@SUM(1)\r\n'+1");
    expect(guardFormula('a;\t=1')).toBe("a;'\t'=1");
    expect(guardFormula('Halle 3, Nord-Süd; 2-geschossig')).toBe('Halle 3, Nord-Süd; 2-geschossig');
    expect(formatCsvCell('x;=1+1;x', standard)).toBe('"x;\'=1+1;x"');
    expect(formatCsvCell('x,=1+1,x', excel)).toBe('"x,\'=1+1,x"');
  });

  it('writes numbers unquoted, booleans as true/false and null as an empty cell', () => {
    const csv = writeCsv(['a', 'b', 'c', 'd'], [[1234567, 0.25, true, null]], excel);
    expect(csv.split('\r\n')[1]).toBe('1234567;0,25;true;');
    const csv2 = writeCsv(['a', 'b', 'c', 'd'], [[1234567, 0.25, false, null]], standard);
    expect(csv2.split('\r\n')[1]).toBe('1234567,0.25,false,');
    const back = Papa.parse<Record<string, unknown>>(csv2, { header: true, dynamicTyping: true }).data[0];
    expect(back).toEqual({ a: 1234567, b: 0.25, c: false, d: null });
  });
});
