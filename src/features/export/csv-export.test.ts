import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { sitesToCsv, sitesToCsvBlob } from './csv-export';
import { DIALECTS, writeCsv } from './csv-writer';
import { csvColumns, siteRow } from './site-columns';

const sites = [
  ...validateSites('plots', 'plot', [plotFeature({ id: 'gf-1', name: 'Fläche "Nord"; Süd' })]).sites,
  ...validateSites('halls', 'hall', [hallFeature({ id: 'ho-1', contact_phone: '+49 345 1' })]).sites,
];
const BASE = 'https://example.org/';
const decode = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

describe('CSV export of sites', () => {
  it('is the writer applied to the site rows, in both dialects, whole or in chunks', async () => {
    for (const dialect of Object.values(DIALECTS)) {
      const expected = writeCsv(
        csvColumns(),
        sites.map((s) => siteRow(s, BASE)),
        dialect,
      );
      expect(sitesToCsv(sites, dialect, BASE)).toBe(expected);
      const progress: number[] = [];
      const blob = await sitesToCsvBlob(sites, dialect, BASE, {
        maxSliceRows: 1,
        onProgress: (done) => progress.push(done),
      });
      expect(blob.type).toBe('text/csv;charset=utf-8');
      expect(await decode(blob)).toBe(expected);
      expect(progress).toEqual([1, 2]);
    }
  });

  it('ends a slice when its time is up and yields to the page between slices', async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => sites[i % 2]!);
    let clock = 0;
    const progress: number[] = [];
    let yields = 0;
    const blob = await sitesToCsvBlob(many, DIALECTS.standard, BASE, {
      sliceMs: 25,
      now: () => (clock += 10), // every look at the clock costs 10 ms: 3 looks per slice
      onProgress: (done, total) => progress.push(done, total),
      yieldToPage: async () => {
        yields++;
      },
    });
    // The clock is read every 200 rows: deadline at 10 + 25, rows stop at the look reading 40.
    expect(progress.filter((_, i) => i % 2 === 0)).toEqual([600, 1_200, 1_800, 2_000]);
    expect(progress.filter((_, i) => i % 2 === 1)).toEqual([2_000, 2_000, 2_000, 2_000]);
    expect(yields).toBe(3);
    expect(await decode(blob)).toBe(sitesToCsv(many, DIALECTS.standard, BASE));
  });

  it('parses back into the exported values (Excel dialect)', () => {
    const csv = sitesToCsv(sites, DIALECTS['excel-de'], BASE);
    expect(csv.startsWith('\uFEFFid;kind;name;')).toBe(true);
    const { data } = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(data[0]).toMatchObject({
      id: 'plots/gf-1',
      name: 'Fläche "Nord"; Süd',
      lat: '51,35',
      area_m2: '30000',
    });
    expect(data[1]).toMatchObject({ id: 'halls/ho-1', contact_phone: '0049 345 1', zoning: '' });
  });
});
