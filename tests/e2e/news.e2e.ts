import { describe, expect, test } from './support/fixtures';
import { readSampleFeatures } from './support/sample-data';

/** News ↔ sites, both ways, in the built app (every `site` is a fresh browser context). */

const news = readSampleFeatures('news');
const titleOf = (id: string) => {
  const item = news.find((f) => f.id === id);
  if (!item) throw new Error(`data/news.json has no ${id}`);
  return String(item.properties.title);
};

describe('news', () => {
  test('news item → related site → its news: the round trip', async ({ site }) => {
    // A hydrogen news item that names the Leuna chemical park.
    const title = titleOf('news-2024-wasserstoff-kernnetz');
    await site.openNews('topic=hydrogen');
    expect(await site.newsTitles()).toContain(title);

    const related = await site.relatedSitesOf(title);
    expect(related.length).toBeGreaterThan(0);
    await site.openRelatedSite(title, related[0]!);
    await expect.poll(() => site.detailTitle()).toBe(related[0]);
    await expect.poll(() => site.regionalNewsTitles()).toContain(title);
    expect(site.pageErrors()).toEqual([]);
  });

  test('the topic filter keeps only news of that topic, and the page stays on its origin', async ({
    site,
  }) => {
    await site.openNews('topic=immigration');
    const expected = news
      .filter((f) => (f.properties.topics as string[]).includes('immigration'))
      .map((f) => String(f.properties.title));
    expect((await site.newsTitles()).sort()).toEqual(expected.sort());
    expect(site.requestsOutsideOrigin()).toEqual([]);
  });
});
