import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { appConfig } from '@/config/app-config';
import { discoverCollections, itemsUrlOf, PAGE_LIMIT } from '@/lib/api/ogc-client';
import { serveDuringTests } from '../../../../tests/support/mock-server';
import { plotFeature } from '../../../../tests/support/site-fixtures';
import type { FromWorker, ToWorker } from './protocol';
import type { CollectionRequest } from './read-collection';
import { createWorkerHandler } from './worker-handler';

/**
 * The page's side of the data worker, with the worker's handler running in-thread behind a
 * stand-in `Worker` that passes every message through `structuredClone`, as a browser does.
 */

const PLOTS = 2345;
const features = Array.from({ length: PLOTS }, (_, i) => plotFeature({ id: `gf-${i}`, name: `Fläche ${i}` }));
const outOfRange = { type: 'Point', coordinates: [500, -200] };
const server = serveDuringTests(
  createDataset({
    plots: {
      type: 'FeatureCollection',
      features: [...features, { ...plotFeature({ id: 'gf-bad' }), geometry: outOfRange }],
    },
  }),
);

const received: FromWorker['type'][] = [];
/** Messages from the worker and requests to the server, in the order they happened. */
const timeline: string[] = [];
const sent: ToWorker[] = [];
let failOnStart = false;

class StandInWorker extends EventTarget {
  private readonly handle = createWorkerHandler((message) => {
    received.push(message.type);
    timeline.push(message.type);
    const data = structuredClone(message);
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })));
  });
  constructor() {
    super();
    if (failOnStart) setTimeout(() => this.dispatchEvent(new Event('error')));
  }
  postMessage(message: ToWorker) {
    sent.push(message);
    if (!failOnStart) this.handle(structuredClone(message));
  }
  terminate() {}
}

async function request(): Promise<CollectionRequest> {
  const collections = await discoverCollections(appConfig.apiLandingUrl);
  const itemsUrl = itemsUrlOf(collections, 'plots', appConfig.apiLandingUrl);
  return { itemsUrl, collectionId: 'plots', kind: 'plot', timeoutMs: 5000 };
}

/** A fresh module each test: the page starts its worker once and keeps it. */
const freshLoader = async () => {
  vi.resetModules();
  return (await import('./load-collection')).loadCollection;
};

beforeEach(() => {
  vi.stubEnv('VITE_DATA_WORKER', 'on');
  vi.stubGlobal('Worker', StandInWorker);
  received.length = 0;
  sent.length = 0;
  timeline.length = 0;
  failOnStart = false;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('loading a collection in the data worker', () => {
  it('receives the validated sites in chunks, in order, with the refused records', async () => {
    const loadCollection = await freshLoader();
    const loaded = await loadCollection(await request());
    expect(loaded.sites).toHaveLength(PLOTS);
    expect(loaded.sites[0]).toMatchObject({ key: 'plots/gf-0', featureId: 'gf-0', name: 'Fläche 0' });
    expect(loaded.sites.at(-1)?.featureId).toBe(`gf-${PLOTS - 1}`);
    expect(loaded.invalid).toEqual([expect.objectContaining({ featureId: 'gf-bad' })]);
    expect(loaded.incomplete).toBeNull();
    // One object shape for every site of a kind: the same keys in the same order.
    expect(new Set(loaded.sites.map((site) => Object.keys(site).join()))).toHaveProperty('size', 1);
    expect(received).toEqual(['sites', 'sites', 'sites', 'done']);
  });

  it('hands on the sites of each page while the next pages load', async () => {
    const loadCollection = await freshLoader();
    const req = await request();
    const itemsUrl = req.itemsUrl.replace(`limit=${PAGE_LIMIT}`, 'limit=500');
    const track = ({ request }: { request: Request }) =>
      timeline.push(`GET offset=${new URL(request.url).searchParams.get('offset') ?? 0}`);
    server.events.on('request:start', track);
    try {
      const loaded = await loadCollection({ ...req, itemsUrl });
      expect(loaded.sites.map((s) => s.featureId)).toEqual(features.map((f) => f.id));
    } finally {
      server.events.removeListener('request:start', track);
    }
    expect(timeline.filter((t) => t.startsWith('GET'))).toHaveLength(5);
    expect(timeline.indexOf('sites')).toBeLessThan(timeline.indexOf('GET offset=1000'));
    expect(timeline.at(-1)).toBe('done');
  });

  it('gives the same result as loading on the page', async () => {
    const loadCollection = await freshLoader();
    const inWorker = await loadCollection(await request());
    vi.stubGlobal('Worker', undefined);
    const onPage = await (await freshLoader())(await request());
    expect(received).toHaveLength(4);
    expect(inWorker).toEqual(onPage);
  });

  it('hands on a server error as an ApiError with what the retry policy reads', async () => {
    const loadCollection = await freshLoader();
    const req = await request();
    server.use(
      http.get(req.itemsUrl.split('?')[0]!, () =>
        HttpResponse.json({ detail: 'busy' }, { status: 503, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error: unknown = await loadCollection(req).catch((e: unknown) => e);
    // The class of the module graph the loader was imported with (a fresh one per test).
    const { ApiError } = await import('@/lib/api/api-error');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, kind: 'http', retryAfterMs: 7000, url: req.itemsUrl });
  });

  it('cancels the load in the worker when the page no longer wants it', async () => {
    const loadCollection = await freshLoader();
    const controller = new AbortController();
    const loading = loadCollection(await request(), controller.signal);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent.map((m) => m.type)).toEqual(['load', 'abort']);
  });

  it('loads on the page unless the build says VITE_DATA_WORKER=on', async () => {
    vi.stubEnv('VITE_DATA_WORKER', '');
    try {
      const loaded = await (await freshLoader())(await request());
      expect(loaded.sites).toHaveLength(PLOTS);
      expect(sent).toEqual([]);
    } finally {
      vi.stubEnv('VITE_DATA_WORKER', 'on');
    }
  });

  it('loads on the page when the worker cannot start', async () => {
    failOnStart = true;
    const loadCollection = await freshLoader();
    const loaded = await loadCollection(await request());
    expect(loaded.sites).toHaveLength(PLOTS);
    expect(received).toEqual([]);
  });
});
