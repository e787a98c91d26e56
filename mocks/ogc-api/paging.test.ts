// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OgcError } from './errors';
import { DEFAULT_LIMIT, MAX_LIMIT, paginate, parseLimit, parseOffset } from './paging';
import { handleOgcRequest } from './routes';
import { ORIGIN, testDataset } from './test-dataset';
import type { Dataset } from './types';

interface Link {
  rel: string;
  href: string;
  type?: string;
}
interface Page {
  type: string;
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: Link[];
  features: { id: unknown }[];
}

const get = (url: string, dataset: Dataset = testDataset()) =>
  handleOgcRequest(dataset, { method: 'GET', url: url.startsWith('http') ? url : `${ORIGIN}${url}` });
const page = (url: string, dataset?: Dataset) => {
  const res = get(url, dataset);
  expect(res.status, url).toBe(200);
  return res.body as Page;
};
const rel = (p: Page, r: string) => p.links.find((l) => l.rel === r);

const throws400 = (fn: () => unknown) => {
  expect(fn).toThrow(OgcError);
  try {
    fn();
  } catch (error) {
    expect((error as OgcError).status).toBe(400);
  }
};

describe('parseLimit / parseOffset', () => {
  it('defaults and clamps', () => {
    expect(parseLimit(null)).toBe(DEFAULT_LIMIT);
    expect(parseLimit('1')).toBe(1);
    expect(parseLimit('007')).toBe(7);
    expect(parseLimit(String(MAX_LIMIT))).toBe(MAX_LIMIT);
    expect(parseLimit('10001')).toBe(MAX_LIMIT);
    expect(parseLimit('99999999999999999999999')).toBe(MAX_LIMIT);
    expect(parseOffset(null)).toBe(0);
    expect(parseOffset('0')).toBe(0);
    expect(parseOffset('25')).toBe(25);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '1e3', '+5', '0x10'])('limit=%j is a 400', (v) =>
    throws400(() => parseLimit(v)),
  );
  it.each(['-1', '1.5', 'abc', '', '+1'])('offset=%j is a 400', (v) => throws400(() => parseOffset(v)));

  it('paginate reports next and prev offsets', () => {
    const all = Array.from({ length: 5 }, (_, i) => i);
    expect(paginate(all, 0, 2)).toEqual({ items: [0, 1], numberMatched: 5, nextOffset: 2, prevOffset: null });
    expect(paginate(all, 3, 2)).toEqual({ items: [3, 4], numberMatched: 5, nextOffset: null, prevOffset: 1 });
    expect(paginate(all, 9, 2)).toEqual({ items: [], numberMatched: 5, nextOffset: null, prevOffset: 3 });
  });
});

describe('items paging', () => {
  it('answers the envelope: numberMatched, numberReturned, ISO timeStamp, self link', () => {
    const p = page('/api/collections/plots/items?limit=10');
    expect(p.type).toBe('FeatureCollection');
    expect(p.numberMatched).toBe(25);
    expect(p.numberReturned).toBe(10);
    expect(p.features).toHaveLength(10);
    expect(new Date(p.timeStamp).toISOString()).toBe(p.timeStamp);
    expect(rel(p, 'self')).toEqual({
      rel: 'self',
      type: 'application/geo+json',
      title: expect.any(String),
      href: `${ORIGIN}/api/collections/plots/items?limit=10`,
    });
  });

  it('uses limit 100 by default (everything fits: no next link)', () => {
    const p = page('/api/collections/plots/items');
    expect(p.numberReturned).toBe(25);
    expect(rel(p, 'next')).toBeUndefined();
    expect(rel(p, 'prev')).toBeUndefined();
  });

  it('follows next links through every feature once, in data order', () => {
    const seen: unknown[] = [];
    let url: string | undefined = `${ORIGIN}/api/collections/plots/items?limit=7`;
    let pages = 0;
    while (url) {
      const p = page(url);
      pages += 1;
      expect(p.numberMatched).toBe(25);
      expect(p.numberReturned).toBe(p.features.length);
      seen.push(...p.features.map((f) => f.id));
      url = rel(p, 'next')?.href;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(testDataset().plots.features.map((f) => f.id));
  });

  it('next and prev keep the other parameters (bbox, unknown ones) and the effective limit', () => {
    const p = page('/api/collections/plots/items?bbox=10,50,12,51&f=json&limit=4&offset=4');
    expect(p.numberMatched).toBe(21); // p-00 … p-20 start at lon ≤ 12
    expect(rel(p, 'next')?.href).toBe(
      `${ORIGIN}/api/collections/plots/items?bbox=10,50,12,51&f=json&limit=4&offset=8`,
    );
    expect(rel(p, 'next')?.type).toBe('application/geo+json');
    expect(rel(p, 'prev')?.href).toBe(
      `${ORIGIN}/api/collections/plots/items?bbox=10,50,12,51&f=json&limit=4&offset=0`,
    );
  });

  it('a clamped limit shows up as 10000 in the next link', () => {
    const big: Dataset = {
      ...testDataset(),
      news: {
        type: 'FeatureCollection',
        features: Array.from({ length: 10001 }, (_, i) => ({
          type: 'Feature' as const,
          id: i,
          geometry: null,
          properties: {},
        })),
      },
    };
    const p = page('/api/collections/news/items?limit=50000', big);
    expect(p.numberReturned).toBe(10000);
    expect(rel(p, 'next')?.href).toBe(`${ORIGIN}/api/collections/news/items?limit=10000&offset=10000`);
    const last = page(rel(p, 'next')!.href, big);
    expect(last.features.map((f) => f.id)).toEqual([10000]);
    expect(rel(last, 'next')).toBeUndefined();
  });

  it('an offset past the end is an empty page, not an error', () => {
    const p = page('/api/collections/plots/items?offset=1000');
    expect(p.numberMatched).toBe(25);
    expect(p.numberReturned).toBe(0);
    expect(p.features).toEqual([]);
    expect(rel(p, 'next')).toBeUndefined();
  });

  it.each([
    'limit=0',
    'limit=-3',
    'limit=2.5',
    'limit=abc',
    'limit=',
    'offset=-1',
    'offset=1.5',
    'offset=x',
    'limit=1&limit=2',
  ])('%s is a 400 with a JSON error', (query) => {
    const res = get(`/api/collections/plots/items?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.body).toEqual({ code: 'InvalidParameterValue', description: expect.any(String) });
  });
});
