import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { discoverCollections, fetchAllFeatures, fetchAllPages, itemsUrlOf, PAGE_LIMIT } from './ogc-client';
import { followableNext } from './page-links';

/** A server whose files are named as static hosting needs: the client must only follow links. */
const base = 'https://geo.example.org/static/api/';
const requested: string[] = [];
const page = (n: number, next?: string) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: n, geometry: null, properties: {} }],
  links: next ? [{ rel: 'next', href: next, type: 'application/geo+json' }] : [],
});
const server = setupServer(
  http.get(`${base}index.json`, ({ request }) => {
    requested.push(request.url);
    return HttpResponse.json({
      links: [
        { rel: 'data', href: 'collections.html', type: 'text/html' },
        { rel: 'data', href: 'collections.json', type: 'application/json' },
      ],
    });
  }),
  http.get(`${base}collections.json`, () =>
    HttpResponse.json({
      links: [],
      collections: [
        {
          id: 'plots',
          links: [{ rel: 'items', href: 'collections/plots/items-1.json', type: 'application/geo+json' }],
        },
        { id: 'loop', links: [{ rel: 'items', href: 'loop.json' }] },
      ],
    }),
  ),
  http.get(`${base}collections/plots/items-1.json`, ({ request }) => {
    requested.push(request.url);
    return HttpResponse.json(page(1, 'items-2.json'));
  }),
  http.get(`${base}collections/plots/items-2.json`, () => HttpResponse.json(page(2, 'items-3.json'))),
  http.get(`${base}collections/plots/items-3.json`, () => HttpResponse.json(page(3))),
  http.get(`${base}loop.json`, () => HttpResponse.json(page(9, 'loop.json'))),
  http.get(`${base}missing.json`, () =>
    HttpResponse.json({ code: 'NotFound', description: 'no such thing' }, { status: 404 }),
  ),
  http.get(
    `${base}html.json`,
    () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('OGC API client', () => {
  it('finds a collection by following links from the landing page, preferring JSON links', async () => {
    const collections = await discoverCollections(`${base}index.json`);
    expect(itemsUrlOf(collections, 'plots', base)).toBe(
      `${base}collections/plots/items-1.json?limit=${PAGE_LIMIT}`,
    );
  });

  it('loads every page by following next links', async () => {
    const features = await fetchAllFeatures(`${base}collections/plots/items-1.json?limit=${PAGE_LIMIT}`);
    expect(features.map((f) => (f as { id: number }).id)).toEqual([1, 2, 3]);
    expect(requested.at(-1)).toContain(`limit=${PAGE_LIMIT}`);
  });

  it.each([
    ['another origin', 'https://elsewhere.example.net/static/api/items-2.json'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{"type":"FeatureCollection","features":[]}'],
    ['an unparsable link', 'http://[::1'],
  ])('stops at a next link to %s and keeps the pages read', async (_, href) => {
    server.use(
      http.get(`${base}hostile.json`, () => HttpResponse.json(page(7, href))),
      http.get('https://elsewhere.example.net/*', () => HttpResponse.json(page(8))),
    );
    const { features, incomplete } = await fetchAllPages(`${base}hostile.json`);
    expect(features.map((f) => (f as { id: number }).id)).toEqual([7]);
    expect(incomplete).toEqual({ reason: 'next-refused', url: href });
    await expect(fetchAllFeatures(`${base}hostile.json`)).rejects.toMatchObject({ kind: 'next-refused' });
  });

  it('follows next links on the same origin only, over http(s)', () => {
    const from = 'https://geo.example.org/api/items?limit=10';
    expect(followableNext('items?offset=10', from)).toBe('https://geo.example.org/api/items?offset=10');
    expect(followableNext('//geo.example.org/x', from)).toBe('https://geo.example.org/x');
    expect(followableNext('http://geo.example.org/x', from)).toBeNull();
    expect(followableNext('https://geo.example.org:8443/x', from)).toBeNull();
    expect(followableNext('ftp://geo.example.org/x', from)).toBeNull();
  });

  it('names a missing collection', async () => {
    const collections = await discoverCollections(`${base}index.json`);
    expect(() => itemsUrlOf(collections, 'halls', base)).toThrow('the collection "halls" is missing');
  });

  it('stops on next links that loop', async () => {
    await expect(fetchAllFeatures(`${base}loop.json`)).rejects.toThrow('the next links loop');
  });

  it('reports HTTP errors with the server description', async () => {
    const error = await fetchAllFeatures(`${base}missing.json`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('HTTP 404: no such thing');
    expect((error as ApiError).status).toBe(404);
  });

  it('reports an answer that is not JSON', async () => {
    await expect(fetchAllFeatures(`${base}html.json`)).rejects.toThrow('the answer is not valid JSON');
  });

  it('reports an unexpected envelope', async () => {
    server.use(http.get(`${base}odd.json`, () => HttpResponse.json({ type: 'Feature' })));
    await expect(fetchAllFeatures(`${base}odd.json`)).rejects.toThrow(/unexpected answer at type/);
  });
});
