import { describe, expect, test } from 'vitest';
import { bboxesIntersect, geometryBBox, readSampleFeatures, type BBox } from './support/sample-data';
import { apiUrl } from './support/urls';

/**
 * The mock OGC API – Features (`npm run api`) over real HTTP, as a foreign client such as
 * QGIS or GDAL sees it.
 */

const COLLECTIONS = ['plots', 'halls', 'news', 'projects', 'events'] as const;
const CORE = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core';

interface Link {
  href: string;
  rel: string;
  type?: string;
}
interface Feature {
  type: string;
  id: string | number;
  geometry: { type: string; coordinates: unknown } | null;
}
interface Page {
  type: string;
  features: Feature[];
  numberMatched?: number;
  numberReturned?: number;
  timeStamp?: string;
  links?: Link[];
}
interface Answer<T> {
  url: string;
  status: number;
  contentType: string;
  headers: Headers;
  body: T;
}

async function get<T = Record<string, unknown>>(url: string, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return {
    url,
    status: response.status,
    contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
    headers: response.headers,
    body,
  };
}

const collectionUrl = (id: string) => `${apiUrl()}/collections/${id}`;
const itemsUrl = (id: string, query = '') => `${collectionUrl(id)}/items${query ? `?${query}` : ''}`;
const linkOf = (links: Link[] | undefined, rel: string) => links?.find((link) => link.rel === rel);
const resolve = (href: string, base: string) => new URL(href, base).href;

/** Follows `next` from `url` and returns every page; stops (and fails) on a loop. */
async function allPages(url: string): Promise<Answer<Page>[]> {
  const pages: Answer<Page>[] = [];
  const seen = new Set<string>();
  let next: string | undefined = url;
  while (next) {
    expect(seen.has(next), `next link loops back to ${next}`).toBe(false);
    expect(pages.length, 'too many pages').toBeLessThan(10_000);
    seen.add(next);
    const page: Answer<Page> = await get<Page>(next);
    expect(page.status, page.url).toBe(200);
    pages.push(page);
    const link = linkOf(page.body.links, 'next');
    next = link ? resolve(link.href, page.url) : undefined;
  }
  return pages;
}

describe('landing page', () => {
  test('links with rel=data to the collections, which list plots, halls, news and projects', async () => {
    const landing = await get<{ links: Link[] }>(apiUrl());
    expect(landing.status).toBe(200);
    const data = linkOf(landing.body.links, 'data');
    expect(data, 'landing page link rel=data').toBeDefined();

    const collections = await get<{ collections: { id: string }[] }>(resolve(data!.href, landing.url));
    expect(collections.status).toBe(200);
    expect(collections.body.collections.map((c) => c.id)).toEqual(expect.arrayContaining([...COLLECTIONS]));
  });

  test('links to a conformance declaration that includes Part 1 Core', async () => {
    const landing = await get<{ links: Link[] }>(apiUrl());
    const conformance =
      linkOf(landing.body.links, 'conformance') ??
      linkOf(landing.body.links, 'http://www.opengis.net/def/rel/ogc/1.0/conformance');
    expect(conformance, 'landing page link rel=conformance').toBeDefined();

    const declaration = await get<{ conformsTo: string[] }>(resolve(conformance!.href, landing.url));
    expect(declaration.status).toBe(200);
    expect(declaration.body.conformsTo).toContain(CORE);
  });
});

describe('collections', () => {
  test.each(COLLECTIONS)('the items link of %s leads to a FeatureCollection', async (id) => {
    const collection = await get<{ id: string; links: Link[] }>(collectionUrl(id));
    expect(collection.status).toBe(200);
    expect(collection.body.id).toBe(id);
    const items = linkOf(collection.body.links, 'items');
    expect(items, `${id}: link rel=items`).toBeDefined();

    const page = await get<Page>(resolve(items!.href, collection.url));
    expect(page.status).toBe(200);
    expect(page.body.type).toBe('FeatureCollection');
    expect(Array.isArray(page.body.features)).toBe(true);
    expect(page.body.numberReturned).toBe(page.body.features.length);
    expect(Number.isNaN(Date.parse(page.body.timeStamp ?? ''))).toBe(false);
    expect(linkOf(page.body.links, 'self'), `${id}: items link rel=self`).toBeDefined();
  });

  test.each(COLLECTIONS)('paging %s via next visits every feature exactly once', async (id) => {
    const expected = readSampleFeatures(id).map((f) => String(f.id));
    const first = await get<Page>(itemsUrl(id, 'limit=1'));
    const matched = first.body.numberMatched;
    expect(matched).toBe(expected.length);
    // About five pages, whatever the size of the sample data.
    const limit = Math.max(1, Math.ceil(expected.length / 5));

    const pages = await allPages(itemsUrl(id, `limit=${limit}`));
    const ids = pages.flatMap((page) => page.body.features.map((f) => String(f.id)));
    for (const page of pages) {
      expect(page.body.numberMatched, page.url).toBe(matched);
      expect(page.body.numberReturned, page.url).toBe(page.body.features.length);
      expect(page.body.features.length, page.url).toBeLessThanOrEqual(limit);
    }
    expect(new Set(ids).size, 'no feature twice').toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  test('a bbox query returns only features that intersect it', async () => {
    const plots = readSampleFeatures('plots').filter((f) => geometryBBox(f.geometry) !== null);
    expect(plots.length, 'data/plots.json has plots with geometry').toBeGreaterThan(0);
    const anchor = plots[0]!;
    const box = geometryBBox(anchor.geometry)!;

    const pages = await allPages(itemsUrl('plots', `bbox=${box.join(',')}`));
    const returned = pages.flatMap((page) => page.body.features);
    expect(returned.map((f) => String(f.id))).toContain(String(anchor.id));
    for (const feature of returned) {
      const featureBox = geometryBBox(feature.geometry);
      expect(featureBox, `feature ${feature.id} has a geometry`).not.toBeNull();
      expect(bboxesIntersect(featureBox as BBox, box), `feature ${feature.id} intersects ${box}`).toBe(true);
    }
    expect(pages[0]!.body.numberMatched).toBe(returned.length);
  });

  test('a bbox far from central Germany returns no features', async () => {
    const page = await get<Page>(itemsUrl('plots', 'bbox=-30.5,40,-29.5,41'));
    expect(page.status).toBe(200);
    expect(page.body.features).toEqual([]);
    expect(page.body.numberMatched).toBe(0);
  });

  test('a single feature is served by its id', async () => {
    const [plot] = readSampleFeatures('plots');
    expect(plot, 'data/plots.json has a plot').toBeDefined();
    const feature = await get<Feature>(`${itemsUrl('plots')}/${encodeURIComponent(String(plot!.id))}`);
    expect(feature.status).toBe(200);
    expect(feature.contentType).toBe('application/geo+json');
    expect(feature.body.type).toBe('Feature');
    expect(String(feature.body.id)).toBe(String(plot!.id));
  });
});

describe('errors', () => {
  test.each([
    ['limit=0'],
    ['limit=abc'],
    ['offset=-1'],
    ['bbox=1,2,3'],
    ['bbox=a,b,c,d'],
    ['bbox=1,2,3,4,5'],
  ])('%s is a 400 with a JSON error', async (query) => {
    const answer = await get<{ code?: unknown; description?: unknown }>(itemsUrl('plots', query));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/json');
    expect(typeof answer.body.code).toBe('string');
    expect(typeof answer.body.description).toBe('string');
  });

  test.each([
    ['an unknown collection', () => collectionUrl('no-such-collection')],
    ['the items of an unknown collection', () => itemsUrl('no-such-collection')],
    ['an unknown feature', () => `${itemsUrl('plots')}/no-such-feature`],
  ])('%s is a 404 with a JSON error', async (_what, url) => {
    const answer = await get<{ code?: unknown; description?: unknown }>(url());
    expect(answer.status).toBe(404);
    expect(answer.contentType).toBe('application/json');
    expect(typeof answer.body.code).toBe('string');
    expect(typeof answer.body.description).toBe('string');
  });
});

describe('HTTP', () => {
  test('features are application/geo+json, everything else application/json', async () => {
    const json = [apiUrl(), `${apiUrl()}/conformance`, `${apiUrl()}/collections`, collectionUrl('plots')];
    for (const url of json) expect((await get(url)).contentType, url).toBe('application/json');
    expect((await get(itemsUrl('plots'))).contentType).toBe('application/geo+json');
  });

  test('answers cross-origin requests with Access-Control-Allow-Origin: *', async () => {
    const init = { headers: { Origin: 'http://example.org' } };
    for (const url of [apiUrl(), itemsUrl('plots', 'limit=1'), collectionUrl('no-such-collection')]) {
      expect((await get(url, init)).headers.get('access-control-allow-origin'), url).toBe('*');
    }
  });
});
