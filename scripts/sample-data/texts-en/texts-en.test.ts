// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ContextItem } from '../context-item';
import { EVENTS } from '../events';
import { NEWS_2016_2021 } from '../news-2016-2021';
import { NEWS_2022_2025 } from '../news-2022-2025';
import { NEWS_2026 } from '../news-2026';
import { NEWS_MORE } from '../news-more';
import { PROJECTS_A } from '../projects-a';
import { PROJECTS_B } from '../projects-b';
import { EVENTS_EN } from './events';
import { NEWS_EN } from './news';
import { PROJECTS_EN } from './projects';
import type { EnglishTexts } from './types';

const GERMAN_MARKERS = [' und ', ' der ', ' die ', ' das ', 'für', 'Gewerbegebiet', 'Baufeld'];

/** A title left in German: the same as the German one and containing a typical German word. */
const looksUntranslated = (english: string, german: string): boolean =>
  english === german && GERMAN_MARKERS.some((word) => english.includes(word));

/** Problems of one kind's English texts, as readable lines (empty when all is well). */
function problems(items: readonly ContextItem[], texts: EnglishTexts): string[] {
  const slugs = new Set(items.map((item) => item.slug));
  const found: string[] = [];
  for (const item of items) {
    const text = texts[item.slug];
    if (!text) {
      found.push(`${item.slug}: no English entry`);
      continue;
    }
    for (const [field, value] of Object.entries(text))
      if (typeof value !== 'string' || value.trim() === '') found.push(`${item.slug}: empty ${field}`);
    if (looksUntranslated(text.title, item.title)) found.push(`${item.slug}: title still German`);
  }
  for (const key of Object.keys(texts)) if (!slugs.has(key)) found.push(`${key}: entry for no item`);
  return found;
}

const KINDS = [
  ['news', [...NEWS_2016_2021, ...NEWS_MORE, ...NEWS_2022_2025, ...NEWS_2026], NEWS_EN],
  ['projects', [...PROJECTS_A, ...PROJECTS_B], PROJECTS_EN],
  ['events', EVENTS, EVENTS_EN],
] as const;

describe('English texts of the sample context items', () => {
  it.each(KINDS)('%s: one complete, translated entry per item and none for no item', (_, items, texts) => {
    expect(problems(items, texts)).toEqual([]);
  });

  it('names a missing entry, an extra entry, an empty field and an untranslated title', () => {
    const item = (slug: string, title: string): ContextItem => ({
      ...(NEWS_2016_2021[0] as ContextItem),
      slug,
      title,
    });
    const items = [item('a', 'Neues Gewerbegebiet für Leipzig'), item('b', 'B'), item('c', 'C')];
    const texts: EnglishTexts = {
      a: { title: 'Neues Gewerbegebiet für Leipzig', teaser: 't', body: 'b' },
      b: { title: 'B', teaser: ' ', body: 'b' },
      x: { title: 'X', teaser: 't', body: 'b' },
    };
    expect(problems(items, texts)).toEqual([
      'a: title still German',
      'b: empty teaser',
      'c: no English entry',
      'x: entry for no item',
    ]);
  });
});
