import { http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { appConfig } from '@/config/app-config';
import { discoverCollections, itemsUrlOf, PAGE_LIMIT } from '@/lib/api/ogc-client';
import { serveDuringTests } from '../../../../tests/support/mock-server';
import { plotFeature } from '../../../../tests/support/site-fixtures';
import { readCollectionOnPage, type CollectionRequest } from './read-collection';

/** What happened, in order: records validated and pages served. */
const timeline: string[] = [];

vi.mock('../validate-sites', async (importOriginal) => {
  const original = await importOriginal<typeof import('../validate-sites')>();
  return {
    ...original,
    siteCollector: (...args: Parameters<typeof original.siteCollector>) => {
      const collector = original.siteCollector(...args);
      return {
        ...collector,
        rowAdder: (features: Parameters<typeof collector.rowAdder>[0]) => {
          const addRow = collector.rowAdder(features);
          return (i: number) => {
            if (timeline.at(-1) !== 'validate') timeline.push('validate');
            addRow(i);
          };
        },
      };
    },
  };
});

const PLOTS = 2345;
const features = Array.from({ length: PLOTS }, (_, i) => plotFeature({ id: `gf-${i}` }));
const server = serveDuringTests(
  createDataset({
    plots: {
      type: 'FeatureCollection',
      features: [
        ...features,
        { ...plotFeature({ id: 'gf-bad' }), geometry: { type: 'Point', coordinates: [500, -200] } },
      ],
    },
  }),
);

async function request(limit: number, columns = false): Promise<CollectionRequest> {
  const collections = await discoverCollections(appConfig.apiLandingUrl);
  const itemsUrl = itemsUrlOf(collections, 'plots', appConfig.apiLandingUrl, { columns }).replace(
    `limit=${PAGE_LIMIT}`,
    `limit=${limit}`,
  );
  return { itemsUrl, collectionId: 'plots', kind: 'plot', timeoutMs: 5000 };
}

/** Resolves once `done()` holds, or after `ms` (the test then fails on its order, not by hanging). */
async function until(done: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeEach(() => {
  timeline.length = 0;
});

describe('loading a collection on the page', () => {
  it.each([
    ['GeoJSON', false],
    ['column pages', true],
  ])('validates the pages read while the last one is still on its way (%s)', async (_, columns) => {
    const req = await request(500, columns);
    server.use(
      http.get(req.itemsUrl.split('?')[0]!, async ({ request: r }) => {
        if (new URL(r.url).searchParams.get('offset') !== '2000') return undefined;
        await until(() => timeline.includes('validate'), 1000);
        timeline.push('serve the last page');
        return undefined; // on to the dataset's own handler
      }),
    );
    const loaded = await readCollectionOnPage(req);
    expect(loaded.sites.map((s) => s.featureId)).toEqual(features.map((f) => f.id));
    expect(loaded.invalid).toEqual([expect.objectContaining({ featureId: 'gf-bad' })]);
    expect(timeline.indexOf('validate')).toBeGreaterThanOrEqual(0);
    expect(timeline.indexOf('validate')).toBeLessThan(timeline.indexOf('serve the last page'));
  });

  it('stops validating when the page no longer wants the sites', async () => {
    const controller = new AbortController();
    const loading = readCollectionOnPage(await request(500), controller.signal);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
