import { describe, expect, it } from 'vitest';
import type { FeatureCollectionPage } from '@/contract/ogc-schemas';
import { offsetStepOf, planOffsetPages } from './offset-paging';

const items = 'https://geo.example.org/api/collections/plots/items';
const pageOf = (returned: number, matched?: number): FeatureCollectionPage => ({
  type: 'FeatureCollection',
  features: Array.from({ length: returned }, (_, id) => ({ id })),
  links: [],
  numberReturned: returned,
  ...(matched === undefined ? {} : { numberMatched: matched }),
});
const plan = (request: string, next: string, page = pageOf(2, 7), maxPages = 10) =>
  planOffsetPages(request, page, next, maxPages);

describe('planOffsetPages', () => {
  it('plans the pages after the first up to numberMatched, the last one short', () => {
    const result = plan(
      `${items}?bbox=11.9,51.2,12.6,51.5&limit=2`,
      `${items}?bbox=11.9%2C51.2%2C12.6%2C51.5&limit=2&offset=2`,
    );
    expect(result?.pages.map((p) => [p.offset, p.count])).toEqual([
      [2, 2],
      [4, 2],
      [6, 1],
    ]);
    // The first is the server's own link; the others keep its spelling, only offset moves.
    expect(result?.pages[0]?.url).toBe(`${items}?bbox=11.9%2C51.2%2C12.6%2C51.5&limit=2&offset=2`);
    expect(result?.pages[2]?.url).toBe(`${items}?bbox=11.9%2C51.2%2C12.6%2C51.5&limit=2&offset=6`);
  });

  it.each([
    ['the offset moves by something else', `${items}?limit=2`, `${items}?limit=2&offset=3`],
    ['the request gives offset twice', `${items}?limit=2&offset=0&offset=0`, `${items}?limit=2&offset=2`],
    ['the offset is not a whole number', `${items}?limit=2&offset=0`, `${items}?limit=2&offset=2.0`],
    ['a parameter is repeated only in next', `${items}?limit=2`, `${items}?limit=2&limit=2&offset=2`],
    [
      'the port differs',
      `${items}?limit=2`,
      'https://geo.example.org:8443/api/collections/plots/items?limit=2&offset=2',
    ],
  ])('plans nothing when %s', (_, request, next) => {
    expect(plan(request, next)).toBeNull();
  });

  it('plans nothing when the counts are missing, zero or wrong, or the pages too many', () => {
    const [request, next] = [`${items}?limit=2`, `${items}?limit=2&offset=2`];
    expect(plan(request, next, pageOf(2))).toBeNull();
    expect(plan(request, next, { ...pageOf(2, 7), numberReturned: 3 })).toBeNull();
    expect(plan(request, next, pageOf(0, 7))).toBeNull();
    expect(plan(request, next, pageOf(2, 2))).toBeNull();
    expect(plan(request, next, pageOf(2, 7), 2)).toBeNull();
    expect(plan(request, next, pageOf(2, 7), 3)?.pages).toHaveLength(3);
  });

  it('compares the other parameters in any order', () => {
    expect(offsetStepOf(`${items}?a=1&b=2&offset=4`, `${items}?b=2&offset=6&a=1`)).toBe(6);
    expect(offsetStepOf(`${items}?a=1&b=2`, `${items}?a=1&b=3&offset=6`)).toBeNull();
  });
});
