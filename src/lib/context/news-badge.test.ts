import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestRecentNews, type LinkSite } from './relate';
import { validateContext } from './validate-context';

const read = (name: string) =>
  (JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as { features: unknown[] }).features;

const sites = [...read('plots'), ...read('halls')].map(
  (f) => (f as { properties: Record<string, unknown> }).properties as unknown as LinkSite & { name: string },
);
const news = validateContext('news', 'news', read('news')).items;

/** Which news item marks which site on `today` (the "Meldung" badge). */
const marks = (today: string) => sites.map((s) => latestRecentNews(s, news, today)?.id ?? null);

describe('the "Meldung" badge of the sample data', () => {
  it('is given by no EXPO REAL item, even on the days right after the fair', () => {
    for (const today of ['2025-10-07', '2026-10-06', '2026-11-27']) {
      expect(marks(today).filter((id) => id?.includes('expo-real'))).toEqual([]);
    }
    // The items exist and name municipalities with sites: they are region-wide, not unknown places.
    const fair = news.find((n) => n.id === 'news-2026-expo-real');
    expect(fair?.regionWide).toBe(true);
    expect(fair?.locations.length).toBeGreaterThan(0);
  });

  it('marks the sites of a park or municipality the item is about', () => {
    // Leuna III (2026-06-15) names its park and Leuna.
    const marked = sites.filter((_, i) => marks('2026-11-27')[i] === 'news-2026-leuna-3-erschliessung');
    expect(marked.length).toBeGreaterThan(0);
    expect(
      marked.every((s) => s.park === 'Leuna III (Erweiterung Bioökonomie)' || s.ags === '15088220'),
    ).toBe(true);
  });

  it('is not given by news of the district or the surroundings alone', () => {
    // Halle's forum on skilled workers (2026-02-12) names Halle and two districts.
    const byForum = sites.filter((_, i) => marks('2026-11-27')[i] === 'news-2026-fachkraefte-forum');
    expect(byForum.every((s) => s.ags === '15002000')).toBe(true);
  });
});
