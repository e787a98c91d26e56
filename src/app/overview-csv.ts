import type { ChartSpec } from '@/features/overview/overview-charts';
import { writeCsv, type CsvCell, type CsvDialect } from '@/features/export/csv-writer';

export const OVERVIEW_CSV_HEADER = ['chart', 'kind', 'key', 'label', 'sites', 'area_m2'] as const;

/** A label as a file reads it: the page's no-break space between a number and its unit is a space. */
const plain = (label: string) => label.replace(/\u00a0/g, ' ');

/**
 * The overview's tables as one long CSV (one row per bar, plus the rows no bar shows: price on
 * request, no value), through the export feature's writer (dialects, RFC 4180, formula guard).
 */
export function overviewCsv(charts: readonly ChartSpec[], dialect: CsvDialect): string {
  const rows: CsvCell[][] = [];
  for (const c of charts) {
    for (const r of c.rows) rows.push([c.section, c.kind, r.key, plain(r.label), r.count, r.area]);
    for (const n of c.notes)
      rows.push([c.section, c.kind, n.key, plain(n.label), n.tally.count, n.tally.area]);
  }
  return writeCsv(OVERVIEW_CSV_HEADER, rows, dialect);
}
