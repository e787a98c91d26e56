import { describe, expect, it } from 'vitest';
import halls from '@data/halls.json';
import plots from '@data/plots.json';
import type { SiteKey } from '@/contract/site-key';
import { decodeShortlistIds, encodeShortlistIds, shortlistLink } from './shortlist-link';

describe('shortlist link codec', () => {
  it('writes keys in order, comma-separated, with readable slashes', () => {
    expect(shortlistLink(['plots/gf-1', 'halls/ho-7'], 'https://example.org/app/')).toBe(
      'https://example.org/app/shortlist?ids=plots/gf-1,halls/ho-7',
    );
  });

  it('round-trips ids with commas, slashes, spaces, plus signs and umlauts', () => {
    const keys: SiteKey[] = ['plots/a,b', 'halls/x/y', 'plots/Größe 1+2', 'plots/100%', 'halls/42'];
    const encoded = encodeShortlistIds(keys);
    expect(decodeShortlistIds(`?ids=${encoded}&lang=en`)).toEqual({ keys, malformed: [] });
  });

  it('reads %2F-encoded slashes, drops duplicates and names malformed items', () => {
    expect(decodeShortlistIds('ids=plots%2Fgf-1,nonsense,plots/gf-1,,%E0%A4%A,halls/ho-1')).toEqual({
      keys: ['plots/gf-1', 'halls/ho-1'],
      malformed: ['nonsense', '%E0%A4%A'],
    });
    expect(decodeShortlistIds('?kind=plots')).toBeNull();
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
