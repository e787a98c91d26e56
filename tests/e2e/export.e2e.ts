import Papa from 'papaparse';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';

/** CSV export, parsed back with a real CSV parser (papaparse). */

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
      const phone = p.contact_phone === null || p.contact_phone === undefined ? '' : String(p.contact_phone);
      expect(row!.contact_phone).toBe(/^[=+\-@]/.test(phone) ? `'${phone}` : phone);
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
});
