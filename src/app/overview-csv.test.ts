import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '@/features/export/csv-writer';
import type { ChartSpec } from '@/features/overview/overview-charts';
import { overviewCsv } from './overview-csv';

const chart: ChartSpec = {
  id: 'price-plots',
  section: 'price',
  kind: 'plots',
  title: 'Gewerbeflächen: Kaufpreis in €/m²',
  measure: 'count',
  rows: [
    { key: '0-20', label: 'unter 20\u00a0€/m²', count: 2, area: 15_000.5, filter: null },
    { key: '20-40', label: '=HYPERLINK("x")', count: 1, area: 10_000, filter: null },
  ],
  notes: [{ key: 'on_request', label: 'Preis auf Anfrage', tally: { count: 3, area: 70_000 } }],
};

describe('overview CSV', () => {
  it('writes one row per bar and per note, in the Excel dialect, formulas guarded', () => {
    const text = overviewCsv([chart], DIALECTS['excel-de']);
    expect(text.startsWith('\uFEFFchart;kind;key;label;sites;area_m2\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows.slice(1)).toEqual([
      // The page keeps a number and its unit together; the file has a plain space.
      ['price', 'plots', '0-20', 'unter 20 €/m²', '2', '15000,5'],
      ['price', 'plots', '20-40', '\'=HYPERLINK("x")', '1', '10000'],
      ['price', 'plots', 'on_request', 'Preis auf Anfrage', '3', '70000'],
    ]);
  });
});
