// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { createRng, hashSeed } from './prng';
import { parseStatedSizeM2, readHalls, readParks, resolveSameSources, slugify } from './reference';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,2\n');
    expect(rows).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: '1', b: '2' },
    ]);
  });
});

describe('parseStatedSizeM2', () => {
  it.each([
    ['~100 ha contiguous', 1_000_000],
    ['>600 ha (2011); 340 ha original', 6_000_000],
    ['1 200 ha', 12_000_000],
    ['~1 300 ha', 13_000_000],
    ['171–175 ha', 1_710_000],
    ['~37–42 ha', 370_000],
    ['200 ha (≈100 ha net)', 2_000_000],
    ['439 ha gross / 334 ha net', 4_390_000],
    ['extension 57 ha', 570_000],
    ['up to 200 ha', 2_000_000],
    ['~400–450 ha', 4_000_000],
  ])('reads "%s"', (text, m2) => {
    expect(parseStatedSizeM2(text)).toBe(m2);
  });

  it('gives null for n/a and for building sizes in m²', () => {
    expect(parseStatedSizeM2('n/a')).toBeNull();
    expect(parseStatedSizeM2('4 halls ≈49 000 m²')).toBeNull();
  });
});

describe('slugify', () => {
  it('spells out umlauts and joins words with hyphens', () => {
    expect(slugify('Star Park Halle')).toBe('star-park-halle');
    expect(slugify('Industriegebiet Kiebitzhöhe (Kölleda)')).toBe('industriegebiet-kiebitzhoehe-koelleda');
    expect(slugify('A9 Straße')).toBe('a9-strasse');
  });
});

describe('reference files', () => {
  it('hold the parks and halls the build expects', () => {
    expect(readParks().length).toBeGreaterThanOrEqual(40);
    expect(readHalls()).toHaveLength(17);
  });
});

describe('createRng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = createRng(1);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
  });
});

describe('resolveSameSources', () => {
  const rows = (...sources: string[]) => sources.map((source) => ({ source }));

  it('replaces "same" by the resolved source of the row above, also inside a ;-list', () => {
    const out = resolveSameSources(
      rows('a.de 1; b.de', 'same', 'same; c.de', 'd.de/x', 'same (…-1)', 'same'),
    );
    expect(out.map((r) => r.source)).toEqual([
      'a.de 1; b.de',
      'a.de 1; b.de',
      'a.de 1; b.de; c.de',
      'd.de/x',
      'd.de/x-1',
      'd.de/x-1',
    ]);
  });

  it('refuses "same" in the first row', () => {
    expect(() => resolveSameSources(rows('same'))).toThrow(/without a row above/);
  });

  it('leaves no "same" in the reference parks', () => {
    expect(readParks().filter((r) => /\bsame\b/.test(r.source))).toEqual([]);
  });
});
