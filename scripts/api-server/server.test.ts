// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDataset } from '../../mocks/ogc-api/test-dataset';
import { parseAtom } from '../../tests/support/real-parsers';
import { buildFeeds } from '../feeds/sample-feeds';
import { parseCliArgs } from './args';
import { startApiServer, type RunningApiServer } from './server';

interface Link {
  rel: string;
  href: string;
  type?: string;
}
type Doc = Record<string, unknown> & { links: Link[] };

const lines: string[] = [];
let api: RunningApiServer;
beforeAll(async () => {
  api = await startApiServer({ port: 0, dataset: testDataset(), log: (l) => lines.push(l) });
});
afterAll(() => api.close());

const get = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init);
  const text = await res.text();
  return { res, body: (text ? JSON.parse(text) : null) as Doc };
};
const href = (doc: Doc, rel: string) => doc.links.find((l) => l.rel === rel)?.href;

describe('the Node API server (real HTTP on an ephemeral port)', () => {
  it('listens on 127.0.0.1 and reports its landing page', () => {
    expect(api.port).toBeGreaterThan(0);
    expect(api.landingUrl).toBe(`http://127.0.0.1:${api.port}/api`);
  });

  it('leads from the landing page to every feature by following links', async () => {
    const before = lines.length;
    const landing = await get(api.landingUrl);
    expect(landing.res.status).toBe(200);
    expect(landing.res.headers.get('content-type')).toBe('application/json');
    expect(landing.res.headers.get('access-control-allow-origin')).toBe('*');

    const collections = await get(href(landing.body, 'data')!);
    const plots = (collections.body.collections as Doc[]).find((c) => c.id === 'plots')!;
    const items = href(plots, 'items')!;
    expect(items).toBe(`http://127.0.0.1:${api.port}/api/collections/plots/items`);

    const ids: unknown[] = [];
    let url: string | undefined = `${items}?limit=10`;
    while (url) {
      const page = await get(url);
      expect(page.res.status).toBe(200);
      expect(page.res.headers.get('content-type')).toBe('application/geo+json');
      expect(page.body.numberMatched).toBe(25);
      ids.push(...(page.body.features as { id: unknown }[]).map((f) => f.id));
      url = href(page.body, 'next');
    }
    expect(ids).toEqual(testDataset().plots.features.map((f) => f.id));
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the last 'finish' log
    // The real server answered (one log line per request), not an in-process mock.
    expect(lines.length - before).toBe(2 + 3);
    expect(lines.at(-1)).toMatch(/ GET \/api\/collections\/plots\/items\?limit=10&offset=20 200 \d+ms$/);
  });

  it('answers errors, preflight and HEAD like the core', async () => {
    const bad = await get(`${api.landingUrl}/collections/plots/items?limit=0`);
    expect(bad.res.status).toBe(400);
    expect(bad.body.code).toBe('InvalidParameterValue');
    const missing = await get(`${api.landingUrl}/collections/plots/items/nope`);
    expect(missing.res.status).toBe(404);
    expect(missing.res.headers.get('access-control-allow-origin')).toBe('*');
    // A browser on another origin reads a busy answer's Retry-After only when it is exposed.
    expect(missing.res.headers.get('access-control-expose-headers')).toBe('Retry-After');
    const pre = await fetch(`${api.landingUrl}/collections`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    const head = await fetch(`${api.landingUrl}/collections`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const root = await fetch(`http://127.0.0.1:${api.port}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/api']);
  });
});

describe('the Atom feeds beside the API', () => {
  it('serves the feeds of its dataset as application/atom+xml', async () => {
    const res = await fetch(`http://127.0.0.1:${api.port}/feeds/news.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml;charset=utf-8');
    const text = await res.text();
    expect(parseAtom(text).bozo).toBe(false);
    // The same bytes as the static build writes (the test dataset's news are not valid: no entries).
    expect(text).toBe(buildFeeds(testDataset(), undefined).get('feeds/news.atom'));
    expect((await fetch(`http://127.0.0.1:${api.port}/feeds/other.atom`)).status).toBe(404);
  });
});

describe('parseCliArgs', () => {
  it('reads --port, PORT, --data and --base-path', () => {
    expect(parseCliArgs([])).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      basePath: '/api',
      dataFile: null,
    });
    expect(parseCliArgs([], { PORT: '9000' }).port).toBe(9000);
    expect(parseCliArgs(['--port', '0'], { PORT: '9000' }).port).toBe(0);
    expect(parseCliArgs(['--port=1234', '--data', 'x.json', '--base-path', '/geo']).dataFile).toBe('x.json');
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/Invalid port/);
    expect(() => parseCliArgs(['--bogus'])).toThrow();
  });
});
