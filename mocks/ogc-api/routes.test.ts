// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  collectionSchema,
  collectionsSchema,
  conformanceSchema,
  featureCollectionPageSchema,
  landingPageSchema,
} from '../../src/contract/ogc-schemas';
import { handleOgcRequest, matchRoute } from './routes';
import { ORIGIN, testDataset } from './test-dataset';
import type { OgcOptions } from './types';

interface Link {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}
const NOW = new Date('2026-05-04T03:02:01.000Z');
const call = (path: string, method = 'GET', options: OgcOptions = {}) =>
  handleOgcRequest(testDataset(), { method, url: `${ORIGIN}${path}` }, { now: () => NOW, ...options });
const ok = (path: string, options?: OgcOptions) => {
  const res = call(path, 'GET', options);
  expect(res.status, path).toBe(200);
  return res.body as Record<string, unknown> & { links: Link[] };
};
const rel = (links: Link[], r: string) => links.find((l) => l.rel === r);

describe('landing page and conformance', () => {
  it('links self, conformance and data with absolute hrefs, types and titles', () => {
    const body = ok('/api');
    expect(landingPageSchema.parse(body).title).toBeTruthy();
    expect(body.description).toEqual(expect.any(String));
    for (const l of body.links.filter((x) => x.rel !== 'service-desc')) {
      expect(l.type).toBe('application/json');
      expect(l.title).toEqual(expect.any(String));
    }
    expect(rel(body.links, 'self')?.href).toBe(`${ORIGIN}/api`);
    expect(rel(body.links, 'conformance')?.href).toBe(`${ORIGIN}/api/conformance`);
    expect(rel(body.links, 'data')?.href).toBe(`${ORIGIN}/api/collections`);
    expect(rel(body.links, 'service-desc')).toEqual({
      rel: 'service-desc',
      href: `${ORIGIN}/api/openapi.json`,
      type: 'application/vnd.oai.openapi+json;version=3.0',
      title: expect.any(String),
    });
  });

  it('tolerates a trailing slash', () => {
    expect(ok('/api/').links).toEqual(ok('/api').links);
  });

  it('declares core, oas30 and geojson, and serves the OpenAPI document', () => {
    const body = conformanceSchema.parse(ok('/api/conformance'));
    expect(body.conformsTo).toEqual([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    ]);
    const res = call('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/vnd.oai.openapi+json;version=3.0');
  });
});

describe('collections', () => {
  it('lists plots, halls, news, projects with items links and computed extents', () => {
    const body = collectionsSchema.parse(ok('/api/collections'));
    expect(rel(body.links, 'self')?.href).toBe(`${ORIGIN}/api/collections`);
    expect(body.collections.map((c) => c.id)).toEqual(['plots', 'halls', 'news', 'projects', 'events']);
    for (const c of body.collections) {
      expect(c.itemType).toBe('feature');
      expect(c.title && c.description).toBeTruthy();
      expect(rel(c.links, 'self')).toMatchObject({
        href: `${ORIGIN}/api/collections/${c.id}`,
        type: 'application/json',
      });
      expect(rel(c.links, 'items')).toMatchObject({
        href: `${ORIGIN}/api/collections/${c.id}/items`,
        type: 'application/geo+json',
      });
    }
    const [plots, halls, news, projects] = body.collections;
    expect(plots?.extent).toEqual({
      spatial: { bbox: [[10, 50, 12.45, 51]], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' },
    });
    expect(halls?.extent).toMatchObject({ spatial: { bbox: [[-179.9, 0, 179.9, 51.3]] } });
    expect(news?.extent).toMatchObject({ spatial: { bbox: [[12, 51, 12, 51]] } });
    expect(projects?.extent).toBeUndefined(); // nothing to bound
  });

  it('serves one collection like its entry in the list', () => {
    const one = collectionSchema.parse(ok('/api/collections/halls'));
    const listed = (ok('/api/collections').collections as unknown[])[1];
    expect(one).toEqual(listed);
  });
});

describe('features', () => {
  it('answers items as a FeatureCollection page that the client schema accepts', () => {
    const body = featureCollectionPageSchema.parse(ok('/api/collections/halls/items'));
    expect(body.timeStamp).toBe(NOW.toISOString());
    expect(body.numberMatched).toBe(6);
    expect(rel(body.links, 'collection')?.href).toBe(`${ORIGIN}/api/collections/halls`);
  });

  it('serves the data as stored (lenient spellings untouched)', () => {
    const body = ok('/api/collections/plots/items?limit=1') as unknown as {
      features: { properties: Record<string, unknown> }[];
    };
    expect(body.features[0]?.properties).toMatchObject({
      sector_tags: 'logistics|automotive',
      rail_siding: 1,
    });
  });

  it('serves a single feature with self and collection links', () => {
    const body = ok('/api/collections/plots/items/p-03');
    expect(body).toMatchObject({ type: 'Feature', id: 'p-03', geometry: { type: 'Polygon' } });
    expect(rel(body.links, 'self')).toMatchObject({
      href: `${ORIGIN}/api/collections/plots/items/p-03`,
      type: 'application/geo+json',
    });
    expect(rel(body.links, 'collection')?.href).toBe(`${ORIGIN}/api/collections/plots`);
  });

  it('finds numeric ids by their string form and percent-encoded ids', () => {
    expect(ok('/api/collections/halls/items/42').id).toBe(42);
    const encoded = encodeURIComponent('with space/ä');
    const body = ok(`/api/collections/halls/items/${encoded}`);
    expect(body.id).toBe('with space/ä');
    expect(rel(body.links, 'self')?.href).toBe(`${ORIGIN}/api/collections/halls/items/${encoded}`);
  });
});

describe('errors, content types and CORS', () => {
  it.each([
    ['/api/collections/nope', 'nope'],
    ['/api/collections/nope/items', 'nope'],
    ['/api/collections/nope/items/p-01', 'nope'],
    ['/api/collections/plots/items/nope', 'nope'],
    ['/api/collections/constructor', 'constructor'],
    ['/api/collections/__proto__/items', '__proto__'],
    ['/api/whatever', 'whatever'],
    ['/api/collections/plots/items/p-01/more', 'more'],
    ['/api/collections/plots/%E0%A4%A', '/api/collections/plots/%E0%A4%A'],
    ['/elsewhere', 'elsewhere'],
  ])('GET %s is a 404 JSON error', (path, mention) => {
    const res = call(path);
    expect(res.status).toBe(404);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(res.body).toEqual({ code: 'NotFound', description: expect.stringContaining(mention) });
  });

  it.each([
    ['/api', 'application/json'],
    ['/api/conformance', 'application/json'],
    ['/api/collections', 'application/json'],
    ['/api/collections/plots', 'application/json'],
    ['/api/collections/plots/items', 'application/geo+json'],
    ['/api/collections/plots/items/p-01', 'application/geo+json'],
  ])('%s is %s with CORS', (path, type) => {
    const res = call(path);
    expect(res.headers['Content-Type']).toBe(type);
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
  });

  it('answers OPTIONS (preflight) with 204 and CORS, HEAD without body', () => {
    const pre = call('/api/collections/plots/items', 'OPTIONS');
    expect(pre.status).toBe(204);
    expect(pre.body).toBeNull();
    expect(pre.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(pre.headers['Access-Control-Allow-Methods']).toContain('GET');
    const head = call('/api/collections/plots/items', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers['Content-Type']).toBe('application/geo+json');
    expect(call('/api/collections/nope', 'HEAD').status).toBe(404);
  });

  it('refuses writes with 405 and Allow', () => {
    const res = call('/api/collections/plots/items', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe('GET, HEAD, OPTIONS');
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(res.body).toMatchObject({ code: 'MethodNotAllowed' });
  });
});

describe('base path', () => {
  it('builds every link from the request origin and the configured base path', () => {
    const opts = { basePath: '/geo/ogc/' };
    const landing = ok('/geo/ogc', opts);
    expect(rel(landing.links, 'data')?.href).toBe(`${ORIGIN}/geo/ogc/collections`);
    const items = ok('/geo/ogc/collections/plots/items?limit=5', opts);
    expect(rel(items.links, 'next')?.href).toBe(`${ORIGIN}/geo/ogc/collections/plots/items?limit=5&offset=5`);
    expect(call('/api', 'GET', opts).status).toBe(404);
    expect(call('/geo/ogcx', 'GET', opts).status).toBe(404);
  });

  it('can be the root', () => {
    expect(rel(ok('/', { basePath: '' }).links, 'data')?.href).toBe(`${ORIGIN}/collections`);
    expect(rel(ok('/', { basePath: '/' }).links, 'conformance')?.href).toBe(`${ORIGIN}/conformance`);
  });

  it('matchRoute anchors the base path at the path start', () => {
    expect(matchRoute('/api/collections/plots/items')).toEqual({ kind: 'items', collectionId: 'plots' });
    expect(matchRoute('/src/api/client.ts')).toBeNull();
    expect(matchRoute('/apis')).toBeNull();
    expect(matchRoute('/app/api/collections', '/app/api')).toEqual({ kind: 'collections' });
  });
});
