// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Site } from '@/lib/sites/site';
import { validateSites } from '@/lib/sites/validate-sites';
import { generateSyntheticSites } from '../../../scripts/sample-data/synth';
import { CsvByteWriter } from './csv-bytes';
import { sitesToCsv, sitesToCsvBlob, sitesToCsvBytes } from './csv-export';
import { DIALECTS, formatCsvNumber, writeCsv } from './csv-writer';
import { csvColumns, siteRow } from './site-columns';
import { seededRandom } from '../../../tests/support/seeded-random';

const HOSTILE = [
  '=HYPERLINK("http://x";"klick")',
  '+49 341 555 0100',
  '-1+1',
  '@SUM(A1)',
  '\tTab am Anfang',
  '\rCR am Anfang',
  'a;b',
  'a,b',
  'say "hi"',
  '"',
  'line 1\nline 2',
  'cr\r\nlf',
  'Größe ÄÖÜß äöü',
  'Preis 5 € / m²',
  'Emoji 🏭 Halle',
  'lone \ud800 surrogate',
  'trailing lone \udc00',
  '中文;"混合"\n',
  ' leading space',
  "'already quoted",
  'x;=1+1;x',
  'x,=HYPERLINK(A1),x',
  'a;"=1"',
  ' =1',
  'a\t=1',
  'a,;-1',
  'end;',
  '0341 555 0100',
  '(0341) 555-0100',
  '+420123456',
];

const random = seededRandom(20261128);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const decimal = () => {
  const places = Math.floor(random() * 9);
  const value = Math.round((random() - 0.3) * 1e6 * 10 ** places) / 10 ** places;
  return random() < 0.1
    ? pick([0.1 + 0.2, 1e-7, 5e-324, -0, 1e21, 2 ** 31, 123456789.123456, 0.000001])
    : value;
};

/** A few thousand synthetic sites of both kinds with hostile texts and awkward numbers. */
function hostileSites(count: number): Site[] {
  const data = generateSyntheticSites(count, 3);
  const sites = [
    ...validateSites('plots', 'plot', data.plots).sites,
    ...validateSites('halls', 'hall', data.halls).sites,
  ].sort(() => random() - 0.5);
  for (const site of sites) {
    const s = site as unknown as Record<string, unknown>;
    if (random() < 0.5) s.name = pick(HOSTILE);
    if (random() < 0.3) s.park = pick(HOSTILE);
    if (random() < 0.3) s.contact_phone = pick(HOSTILE);
    if (random() < 0.2) s.sector_tags = [pick(HOSTILE), 'logistics'];
    if (random() < 0.2) s.nearest_towns = [{ name: pick(HOSTILE), km: decimal(), population: 1 }];
    if (random() < 0.5) s.lat = decimal();
    if (random() < 0.5) s.price_eur_m2 = decimal();
    if (random() < 0.2) s.total_area_m2 = pick([null, -5, 2 ** 40, Number.NaN, Infinity]);
  }
  return sites;
}

const BASE = 'https://example.org/app/';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const sites = hostileSites(3_000);

describe('CSV bytes writer', () => {
  it('writes the same bytes as the straightforward string writer, in both dialects', async () => {
    expect(sites.some((s) => s.kind === 'plot') && sites.some((s) => s.kind === 'hall')).toBe(true);
    for (const dialect of Object.values(DIALECTS)) {
      const reference = writeCsv(
        csvColumns(),
        sites.map((s) => siteRow(s, BASE)),
        dialect,
      );
      const bytes = sitesToCsvBytes(sites, dialect, BASE);
      // Compare line by line first, so a failure names the record.
      const lines = decoder.decode(bytes).split('\r\n');
      const expectedLines = decoder.decode(encoder.encode(reference)).split('\r\n');
      for (let i = 0; i < expectedLines.length; i++) expect(lines[i], `line ${i}`).toBe(expectedLines[i]);
      expect(Buffer.from(bytes).equals(Buffer.from(encoder.encode(reference)))).toBe(true);
      const blob = await sitesToCsvBlob(sites, dialect, BASE, { sliceMs: 0 });
      expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
      // As a string, lone surrogates read back as U+FFFD, as from any UTF-8 file.
      expect(sitesToCsv(sites, dialect, BASE)).toBe(decoder.decode(encoder.encode(reference)));
    }
  });

  it('writes numbers exactly as String() does, with the dialect decimal mark', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      0.5,
      -12.5,
      0.1 + 0.2,
      1e-7,
      1e-6,
      5e-324,
      1e21,
      2 ** 30,
      2 ** 31,
      2 ** 53 + 2,
    ];
    for (let i = 0; i < 20_000; i++)
      values.push(decimal(), (random() - 0.5) * 10 ** Math.floor(random() * 12));
    values.push(Number.NaN, Infinity, -Infinity);
    for (const dialect of Object.values(DIALECTS)) {
      const writer = new CsvByteWriter(dialect, 16);
      for (const value of values) {
        writer.number(value);
        const written = new TextDecoder().decode(writer.drain());
        if (written !== formatCsvNumber(value, dialect))
          expect(written, String(value)).toBe(formatCsvNumber(value, dialect));
      }
    }
  });
});
