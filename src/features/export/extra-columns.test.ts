import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Site } from '@/lib/sites/site';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { sitesToCsv, sitesToCsvBlob } from './csv-export';
import { DIALECTS, writeCsv } from './csv-writer';
import { csvHeader, type ExtraColumns } from './extra-columns';
import { csvColumns, siteRow } from './site-columns';

const sites = [
  ...validateSites('plots', 'plot', [plotFeature({ id: 'gf-1' })]).sites,
  ...validateSites('halls', 'hall', [hallFeature({ id: 'ho-1' })]).sites,
];
const BASE = 'https://example.org/';

/** Cells that try the writer's rules: a decimal, a formula start, a separator, a short row. */
const extra: ExtraColumns = {
  header: ['distance_km', 'note', 'fit_missed'],
  cells: (site: Site) => (site.kind === 'plot' ? [12.5, '=SUM(A1)', 'price|power'] : [-3, 'a;b,"c"']),
};

describe('CSV extra columns', () => {
  it('leave the header fixed when there are none', () => {
    expect(csvHeader()).toBe(csvColumns());
    expect(csvHeader({ header: [], cells: () => [] })).toEqual(csvColumns());
    expect(sitesToCsv(sites, DIALECTS.standard, BASE).split('\r\n')[0]).toBe(csvColumns().join(','));
  });

  it('come after the fixed columns, written by the same rules as every cell, in both dialects', async () => {
    expect(csvHeader(extra)).toEqual([...csvColumns(), 'distance_km', 'note', 'fit_missed']);
    for (const dialect of Object.values(DIALECTS)) {
      const expected = writeCsv(
        csvHeader(extra),
        sites.map((s) => {
          const cells = extra.cells(s);
          return [...siteRow(s, BASE), ...extra.header.map((_, c) => cells[c] ?? null)];
        }),
        dialect,
      );
      expect(sitesToCsv(sites, dialect, BASE, extra)).toBe(expected);
      const blob = await sitesToCsvBlob(sites, dialect, BASE, { extraColumns: extra, maxSliceRows: 1 });
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).toBe(expected);
    }
  });

  it('parse back into their values', () => {
    const csv = sitesToCsv(sites, DIALECTS['excel-de'], BASE, extra);
    const { data, meta } = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(meta.fields!.slice(-3)).toEqual(['distance_km', 'note', 'fit_missed']);
    expect(data[0]).toMatchObject({ distance_km: '12,5', note: "'=SUM(A1)", fit_missed: 'price|power' });
    expect(data[1]).toMatchObject({ distance_km: '-3', note: 'a;b,"c"', fit_missed: '' });
    expect(Object.keys(data[1]!)).toHaveLength(csvHeader(extra).length);
  });
});
