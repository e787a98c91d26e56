import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverCollections, fetchAllFeatures, itemsUrlOf, PAGE_LIMIT } from './ogc-client';

/** What QGIS Server 3.22 does (seen in `npm run test:interop`). */
const base = 'http://qgis.example.org/wfs3';
const acceptsGeoJson = (request: Request) => /geo\+json/.test(request.headers.get('Accept') ?? '');
const server = setupServer(
  http.get(`${base}.json`, () =>
    HttpResponse.json({ links: [{ rel: 'data', href: `${base}/collections`, type: 'application/json' }] }),
  ),
  // It answers 400 with a list of errors when GeoJSON is acceptable for the collections.
  http.get(`${base}/collections`, ({ request }) =>
    acceptsGeoJson(request)
      ? HttpResponse.json([{ code: 'Bad request error', description: 'Unsupported Content-Type: GEOJSON' }], {
          status: 400,
        })
      : HttpResponse.json({
          links: [],
          collections: [
            {
              id: 'plots',
              links: [
                { rel: 'item', href: `${base}/collections/plots/items.html`, type: 'text/html' },
                { rel: 'item', href: `${base}/collections/plots/items.json`, type: 'application/geo+json' },
              ],
            },
          ],
        }),
  ),
  http.get(`${base}/collections/plots/items.json`, () =>
    HttpResponse.json({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 1, geometry: null, properties: {} }],
    }),
  ),
  http.get(`${base}/broken`, () =>
    HttpResponse.json([{ code: 'NotFound', description: 'Collection not found' }], { status: 404 }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('OGC API client against QGIS Server', () => {
  it('asks for plain JSON on landing page and collections, and takes rel=item as the items link', async () => {
    const collections = await discoverCollections(`${base}.json`);
    const url = itemsUrlOf(collections, 'plots', `${base}.json`);
    expect(url).toBe(`${base}/collections/plots/items.json?limit=${PAGE_LIMIT}`);
    expect(await fetchAllFeatures(url)).toHaveLength(1);
  });

  it('reads the description of an error list', async () => {
    await expect(fetchAllFeatures(`${base}/broken`)).rejects.toThrow('HTTP 404: Collection not found');
  });
});
