// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { conformanceSchema } from '../../src/contract/ogc-schemas';
import { type DiscoveredCollection, discoverCollections, fetchAllPages } from '../../src/lib/api/ogc-client';
import { handleOgcRequest } from './routes';
import { buildStaticApi, relativeHref } from './static-api';
import { ORIGIN, testDataset } from './test-dataset';

const HOST = 'https://cdn.example.org/some/base/api/';

/** A static host: a file for every path, 404 for the rest, query strings ignored. */
function staticHost(files: Map<string, unknown>): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = [];
  const impl = (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    requested.push(url.pathname);
    const body = url.pathname.startsWith(new URL(HOST).pathname)
      ? files.get(url.pathname.slice(new URL(HOST).pathname.length))
      : undefined;
    return Promise.resolve(
      body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    );
  };
  return { fetch: impl as typeof fetch, requested };
}

const dynamicFeatures = (collectionId: string) => {
  const res = handleOgcRequest(testDataset(), {
    method: 'GET',
    url: `${ORIGIN}/api/collections/${collectionId}/items?limit=10000`,
  });
  return (res.body as { features: unknown[] }).features;
};

describe('relativeHref', () => {
  it('walks up and down between files', () => {
    expect(relativeHref('index.json', 'collections.json')).toBe('collections.json');
    expect(relativeHref('collections/plots/items-1.json', 'collections/plots/items-2.json')).toBe(
      'items-2.json',
    );
    expect(relativeHref('collections/plots/items-1.json', 'collections/plots.json')).toBe('../plots.json');
    expect(relativeHref('collections.json', 'collections/plots/items-1.json')).toBe(
      'collections/plots/items-1.json',
    );
    expect(relativeHref('collections/plots/items/p-01.json', 'index.json')).toBe('../../../index.json');
  });
});

describe('the static API', () => {
  const files = buildStaticApi(testDataset(), { pageSize: 10, now: () => new Date('2026-01-02T03:04:05Z') });

  it.each([
    ['GeoJSON pages', 'items', (c: DiscoveredCollection) => c.itemsUrl],
    ['column pages', 'columns', (c: DiscoveredCollection) => c.columnsUrl],
  ])(
    'offers every collection as %s, read by the app client by following links, with the same features as the API',
    async (_, file, urlOf) => {
      const host = staticHost(files);
      const collections = await discoverCollections(`${HOST}index.json`, { fetchImpl: host.fetch });
      expect(collections.map((c) => c.id)).toEqual(Object.keys(testDataset()));
      for (const c of collections) {
        expect(urlOf(c), c.id).toMatch(new RegExp(`${file}-1\\.json`));
        const { features, incomplete } = await fetchAllPages(urlOf(c)!, { fetchImpl: host.fetch });
        expect(incomplete).toBeNull();
        expect(features, c.id).toEqual(dynamicFeatures(c.id));
      }
      // 25 plots in pages of 10: three files, linked by next.
      expect(host.requested.filter((p) => p.includes(`/plots/${file}-`))).toEqual(
        [1, 2, 3].map((n) => `/some/base/api/collections/plots/${file}-${n}.json`),
      );
    },
  );

  it('links only to files it contains, always relative', () => {
    for (const [file, body] of files) {
      const docs = [body, ...((body as { collections?: unknown[] }).collections ?? [])] as {
        links?: { href: string }[];
      }[];
      for (const link of docs.flatMap((d) => d.links ?? [])) {
        expect(link.href, file).not.toMatch(/^[a-z]+:|^\//);
        const target = new URL(link.href, `https://h/${file}`).pathname.slice(1);
        expect(files.has(target), `${file} → ${link.href}`).toBe(true);
      }
    }
  });

  it('serves single features, with a safe file name for any id', () => {
    expect(files.get('collections/plots/items/p-03.json')).toMatchObject({ type: 'Feature', id: 'p-03' });
    expect(files.get('collections/halls/items/42.json')).toMatchObject({ id: 42 });
    const odd = [...files.entries()].find(([, b]) => (b as { id?: unknown }).id === 'with space/ä');
    expect(odd?.[0]).toMatch(/^collections\/halls\/items\/_\d+\.json$/);
  });

  it('declares only GeoJSON (no core: static files ignore limit and bbox) and describes its files', () => {
    expect(conformanceSchema.parse(files.get('conformance.json')).conformsTo).toEqual([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    ]);
    const openapi = files.get('openapi.json') as { openapi: string; paths: Record<string, unknown> };
    expect(openapi.openapi).toMatch(/^3\.0\./);
    expect(Object.keys(openapi.paths)).toContain('/collections/{collectionId}/items-{page}.json');
    const landing = files.get('index.json') as { links: { rel: string; href: string }[] };
    expect(landing.links.find((l) => l.rel === 'service-desc')?.href).toBe('openapi.json');
    expect(landing.links.find((l) => l.rel === 'conformance')?.href).toBe('conformance.json');
  });

  it('writes an empty collection as one empty page', () => {
    expect(files.get('collections/projects/items-1.json')).toMatchObject({
      type: 'FeatureCollection',
      numberMatched: 0,
      features: [],
    });
    expect(files.has('collections/projects/items-2.json')).toBe(false);
  });
});
