// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../mocks/dataset';
import { parseAtom } from '../../tests/support/real-parsers';
import { escapeXml, writeAtom } from './atom';
import { buildFeeds, FEED_FILES, SITES_IN_FEED } from './sample-feeds';

describe('the Atom writer', () => {
  it('escapes text and attributes', () => {
    expect(escapeXml(`a < b & "c" 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos;');
    const xml = writeAtom({
      id: 'tag:example.org,2026:t',
      title: 'A & B',
      lang: 'de',
      updated: '2026-01-01T00:00:00+01:00',
      author: 'X',
      links: [{ rel: 'self', href: 'feeds/t.atom?a=1&b=2' }],
      entries: [],
    });
    expect(xml).toContain('<title type="text">A &amp; B</title>');
    expect(xml).toContain('href="feeds/t.atom?a=1&amp;b=2"');
  });
});

describe('the feeds of the sample data, read by a real feed parser (python feedparser)', () => {
  const relative = buildFeeds(sampleDataset, undefined);
  const absolute = buildFeeds(sampleDataset, 'https://standorte.example.org/app');

  it('writes well-formed Atom 1.0 for sites and news in German and English', () => {
    expect([...relative.keys()].sort()).toEqual(FEED_FILES.map((f) => `feeds/${f}`).sort());
    for (const [file, xml] of relative) {
      const feed = parseAtom(xml);
      expect(feed.bozo, `${file}: ${feed.error}`).toBe(false);
      expect(feed.version).toBe('atom10');
      expect(feed.id).toMatch(/^tag:standortfinder-mitteldeutschland\.invalid,2026:/);
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    }
  });

  it('lists the newest sites first, each linking to its page; relative links under xml:base', () => {
    const feed = parseAtom(relative.get('feeds/sites.atom')!);
    expect(feed.entries).toHaveLength(SITES_IN_FEED);
    expect(feed.entries[0]).toMatchObject({
      id: 'tag:standortfinder-mitteldeutschland.invalid,2026:site/plots/gf-segro-kabelsketal-02',
      title: 'Segro Logistics Park Leipzig Airport – Baufeld 2',
      updated: '2026-10-29T00:00:00+01:00',
    });
    expect(feed.entries[0]!.link).toMatch(/(^|\/)sites\/plots\/gf-segro-kabelsketal-02$/);
    expect(relative.get('feeds/sites.atom')).toContain('xml:base="../"');
  });

  it('makes links absolute and ids of the public host when VITE_PUBLIC_URL is set', () => {
    const feed = parseAtom(absolute.get('feeds/news.en.atom')!);
    expect(feed.title).toBe('Standortfinder Mitteldeutschland: Regional news');
    expect(feed.links).toContainEqual({
      rel: 'self',
      href: 'https://standorte.example.org/app/feeds/news.en.atom',
      type: 'application/atom+xml',
    });
    const first = feed.entries[0]!;
    expect(first.id).toBe(
      'tag:standortfinder-mitteldeutschland.invalid,2026:news/news-2026-expo-real'.replace(
        'standortfinder-mitteldeutschland.invalid',
        'standorte.example.org',
      ),
    );
    // The English feed opens the English page.
    expect(first.link).toBe('https://standorte.example.org/app/news?lang=en#news-2026-expo-real');
    expect(feed.links).toContainEqual({
      rel: 'alternate',
      href: 'https://standorte.example.org/app/news?lang=en',
      type: 'text/html',
    });
    expect(parseAtom(absolute.get('feeds/sites.en.atom')!).entries[0]!.link).toBe(
      'https://standorte.example.org/app/sites/plots/gf-segro-kabelsketal-02?lang=en',
    );
    expect(parseAtom(absolute.get('feeds/news.atom')!).entries[0]!.link).toBe(
      'https://standorte.example.org/app/news#news-2026-expo-real',
    );
    // An item without an English text is marked as German inside the English feed.
    const raw = sampleDataset.news.features.find((f) => f.id === 'news-2026-expo-real')!;
    const hasEnglish = typeof (raw.properties as Record<string, unknown>).title_en === 'string';
    expect(first.lang).toBe(hasEnglish ? 'en' : 'de');
    expect(parseAtom(absolute.get('feeds/news.atom')!).entries[0]!.lang).toBe('de');
    expect(absolute.get('feeds/news.en.atom')).not.toContain('xml:base');
  });
});
