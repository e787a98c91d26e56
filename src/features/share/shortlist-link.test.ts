import { describe, expect, it } from 'vitest';
import halls from '@data/halls.json';
import plots from '@data/plots.json';
import type { SiteKey } from '@/contract/site-key';
import { decodeShortlistIds, encodeShortlistIds, MAX_SHARED_KEYS, shortlistLink } from './shortlist-link';

describe('shortlist link codec', () => {
  it('writes keys in order, comma-separated, with readable slashes', () => {
    expect(shortlistLink(['plots/gf-1', 'halls/ho-7'], 'https://example.org/app/')).toBe(
      'https://example.org/app/shortlist?ids=plots/gf-1,halls/ho-7',
    );
  });

  it('round-trips ids with commas, slashes, spaces, plus signs and umlauts', () => {
    const keys: SiteKey[] = ['plots/a,b', 'halls/x/y', 'plots/Größe 1+2', 'plots/100%', 'halls/42'];
    const encoded = encodeShortlistIds(keys);
    expect(decodeShortlistIds(`?ids=${encoded}&lang=en`)).toEqual({ keys, malformed: [], leftOut: 0 });
  });

  it('reads %2F-encoded slashes, drops duplicates and names malformed items', () => {
    expect(decodeShortlistIds('ids=plots%2Fgf-1,nonsense,plots/gf-1,,%E0%A4%A,halls/ho-1')).toEqual({
      keys: ['plots/gf-1', 'halls/ho-1'],
      malformed: ['nonsense', '%E0%A4%A'],
      leftOut: 0,
    });
    expect(decodeShortlistIds('?kind=plots')).toBeNull();
  });

  it('leaves out a collection that repeats the one before, and reads it back', () => {
    const keys = ['plots/gf-1', 'plots/gf-2', 'halls/ho-7', 'plots/gf-3'] as SiteKey[];
    expect(encodeShortlistIds(keys)).toBe('plots/gf-1,/gf-2,halls/ho-7,plots/gf-3');
    expect(decodeShortlistIds(`ids=${encodeShortlistIds(keys)}`)?.keys).toEqual(keys);
    // A leading slash with no key before it names nothing.
    expect(decodeShortlistIds('ids=/gf-1')).toEqual({ keys: [], malformed: ['/gf-1'], leftOut: 0 });
  });

  it('keeps the first 200 distinct keys and counts the ones left out (duplicates not counted)', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `plots/gf-${i}` as SiteKey);
    const decoded = decodeShortlistIds(`ids=${encodeShortlistIds([...keys, keys[240]!, keys[3]!])}`);
    expect(decoded?.keys).toEqual(keys.slice(0, MAX_SHARED_KEYS));
    expect(decoded?.leftOut).toBe(50);
  });

  it('stays under 2,000 characters for the 50 longest sample keys', () => {
    const longest = [
      ...plots.features.map((f) => `plots/${f.id}`),
      ...halls.features.map((f) => `halls/${f.id}`),
    ]
      .sort((a, b) => b.length - a.length)
      .slice(0, 50) as SiteKey[];
    const link = shortlistLink(longest, 'https://standorte.example.org/');
    expect(link.length).toBeLessThan(2000);
    expect(decodeShortlistIds(new URL(link).search)?.keys).toEqual(longest);
  });

  it('stays under 2,000 characters for 50 sample sites', () => {
    const keys = [
      ...plots.features.map((f) => `plots/${f.id}`),
      ...halls.features.map((f) => `halls/${f.id}`),
    ].slice(0, 50) as SiteKey[];
    expect(keys).toHaveLength(50);
    const link = shortlistLink(keys, 'https://standorte.example.org/');
    expect(link.length).toBeLessThan(2000);
    expect(decodeShortlistIds(new URL(link).search)?.keys).toEqual(keys);
  });
});
