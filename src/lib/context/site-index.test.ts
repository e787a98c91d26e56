import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedSites } from './relate';
import { indexSites, relatedSitesIndexed } from './site-index';
import { validateContext } from './validate-context';

const read = (name: string) =>
  (JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as { features: unknown[] }).features;

// The sample sites (as the linking rules see them) and every news item, project and event.
const sites = [...read('plots'), ...read('halls')].map((f) => {
  const { id, properties } = f as { id: string; properties: Record<string, unknown> };
  return { ...properties, key: id } as unknown as Parameters<typeof indexSites>[0][number] & {
    name: string;
    key: string;
    municipality: string;
    district: string;
    sector_tags: string[];
  };
});
const items = [
  ...validateContext('news', 'news', read('news')).items,
  ...validateContext('projects', 'project', read('projects')).items,
  ...validateContext('events', 'event', read('events')).items,
];

describe('relatedSitesIndexed', () => {
  it('finds exactly the sites the brute-force reverse link finds, in the same order', () => {
    const index = indexSites(sites);
    let total = 0;
    for (const item of items) {
      const expected = relatedSites(item, sites, '2026-11-27').map((r) => r.site.key);
      expect(
        relatedSitesIndexed(item, index, '2026-11-27').map((r) => r.site.key),
        item.id,
      ).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });
});
