import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';

/** CSV export, parsed back with a real CSV parser (papaparse); GeoJSON export, read by GDAL's ogrinfo. */

/** Today in the browser's time zone (the driver's contexts run in Europe/Berlin), `YYYY-MM-DD`. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

describe('CSV export', () => {
  test('the Excel (Deutsch) CSV of the results parses back into the exported values', async ({ site }) => {
    await site.openSearch('kind=halls');
    const { fileName, text } = await site.exportCsv('Excel (Deutsch)');
    expect(fileName).toBe(`standorte-${today()}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    const halls = readSampleFeatures('halls').filter(isListed);
    expect(data).toHaveLength(halls.length);
    for (const hall of halls.slice(0, 20)) {
      const row = data.find((r) => r.id === `halls/${hall.id}`);
      expect(row, `row for halls/${hall.id}`).toBeDefined();
      const p = hall.properties;
      expect(row!.name).toBe(String(p.name).trim());
      expect(row!.kind).toBe('hall');
      expect(Number(row!.area_m2)).toBe(Number(p.area_m2));
      expect(Number(row!.lat!.replace(',', '.'))).toBe(Number(p.lat));
      expect(row!.url).toMatch(new RegExp(`/sites/halls/${encodeURIComponent(String(hall.id))}$`));
      // +49 345 555 0536 → 0049 345 555 0536: no visible ', nothing a spreadsheet runs.
      expect(row!.contact_phone).toBe(String(p.contact_phone).replace(/^\+49 /, '0049 '));
    }
  });

  test('the Standard CSV of the shortlist has the shortlisted sites in order', async ({ site }) => {
    await site.openSearch('kind=plots');
    const [first, second] = await site.resultNames();
    await site.addToShortlist(second!);
    await site.addToShortlist(first!);
    const { fileName, text } = await site.exportShortlist('Standard');
    expect(fileName).toBe(`merkliste-${today()}.csv`);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const { data } = Papa.parse<Record<string, unknown>>(text, {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    expect(data.map((r) => r.name)).toEqual([second, first]);
    expect(typeof data[0]!.area_m2).toBe('number');
  });

  test('each GeoJSON file is one layer of one geometry type in ogrinfo', async ({ site }) => {
    await site.openSearch('');
    const expected = {
      'Flächen (Polygone)': { file: 'flaechen', geometry: 'Multi Polygon', collection: 'plots' },
      'Hallen (Punkte)': { file: 'hallen', geometry: 'Point', collection: 'halls' },
    } as const;
    for (const [label, want] of Object.entries(expected)) {
      const { fileName, path } = await site.exportGeoJson(label as keyof typeof expected);
      expect(fileName).toBe(`standorte-${want.file}-${today()}.geojson`);
      const info = ogrSummary(path);
      expect(info.layers, `${fileName}: ${info.output}`).toHaveLength(1);
      expect(info.geometries, `${fileName}: ${info.output}`).toEqual([want.geometry]);
      expect(info.featureCounts).toEqual([readSampleFeatures(want.collection).filter(isListed).length]);
    }
  });
});

/** `ogrinfo -ro -al -so`: the layers of a file with their geometry types and feature counts. */
function ogrSummary(path: string) {
  const r = spawnSync('ogrinfo', ['-ro', '-al', '-so', path], { encoding: 'utf8' });
  if (r.error) throw new Error(`ogrinfo is needed (apt-get install -y gdal-bin): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ogrinfo failed: ${r.stderr}`);
  const all = (re: RegExp) => [...r.stdout.matchAll(re)].map((m) => m[1]!.trim());
  return {
    output: r.stdout,
    layers: all(/^Layer name: (.*)$/gm),
    geometries: all(/^Geometry: (.*)$/gm),
    featureCounts: all(/^Feature Count: (\d+)$/gm).map(Number),
  };
}
