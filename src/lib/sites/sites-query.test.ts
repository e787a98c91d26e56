import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { handleOgcRequest } from '@mocks/ogc-api/routes';
import { appConfig } from '@/config/app-config';
import { serveDuringTests } from '../../../tests/support/mock-server';
import { plotFeature } from '../../../tests/support/site-fixtures';
import { sitesQueryOptions } from './sites-query';

const features = Array.from({ length: 30 }, (_, i) => plotFeature({ id: `gf-${i}` }));
const outOfRange = {
  ...plotFeature({ id: 'gf-far' }),
  geometry: { type: 'Point', coordinates: [500, -200] },
};
const dataset = createDataset({ plots: { type: 'FeatureCollection', features: [...features, outOfRange] } });
const server = serveDuringTests(dataset);

/** The items requests the server saw, as `items` or `items?f=columns`. */
function itemsRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/plots/items')) seen.push(url.searchParams.get('f') ?? 'geojson');
  });
  return seen;
}

const load = () =>
  new QueryClient().fetchQuery(
    sitesQueryOptions({ landingUrl: appConfig.apiLandingUrl, collectionId: 'plots', kind: 'plot' }),
  );

afterEach(() => {
  server.events.removeAllListeners();
  appConfig.columnPages = true;
});

describe('which encoding the sites are read in', () => {
  it('column pages where the server offers them, with the sites and refusals of GeoJSON', async () => {
    const seen = itemsRequests();
    const fromColumns = await load();
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['columns']));
    appConfig.columnPages = false;
    const fromGeoJson = await load();
    expect(seen.slice(-1)).toEqual(['geojson']);
    expect(fromColumns).toEqual(fromGeoJson);
    expect(fromColumns.sites).toHaveLength(30);
    expect(fromColumns.invalid).toEqual([expect.objectContaining({ featureId: 'gf-far' })]);
  });

  it('GeoJSON where the server does not offer column pages', async () => {
    server.use(
      http.get('*/api/collections', ({ request }) => {
        const { body } = handleOgcRequest(dataset, { method: 'GET', url: request.url }) as {
          body: { collections: { links: { type?: string }[] }[] };
        };
        for (const c of body.collections) c.links = c.links.filter((l) => !l.type?.includes('columns'));
        return HttpResponse.json(body);
      }),
    );
    const seen = itemsRequests();
    const loaded = await load();
    expect(new Set(seen)).toEqual(new Set(['geojson']));
    expect(loaded.sites).toHaveLength(30);
  });
});
