import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { discoverCollections, fetchAllFeatures, itemsUrlOf } from '@/lib/api/ogc-client';
import { validateSites } from '@/lib/sites/validate-sites';
import { describe, expect, test } from './support/fixtures';
import { parseAtom } from '../support/real-parsers';
import { apiUrl, appUrl } from './support/urls';

/**
 * dist/ on a static host: the built app reads the sample API from the static files in
 * dist/api/ (written by the same mock core as `npm run api`), with no service worker and no MSW.
 */

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every feature of a collection, read by the app's own OGC client from a landing page. */
async function featuresOf(landingUrl: string, collectionId: string): Promise<unknown[]> {
  const collections = await discoverCollections(landingUrl);
  return fetchAllFeatures(itemsUrlOf(collections, collectionId, landingUrl));
}

/** What the search page should count: valid sites that are not withdrawn. */
async function expectedCount(landingUrl: string) {
  const listed = async (id: string, kind: 'plot' | 'hall') =>
    validateSites(id, kind, await featuresOf(landingUrl, id)).sites.filter((s) => s.status !== 'withdrawn')
      .length;
  const plots = await listed('plots', 'plot');
  const halls = await listed('halls', 'hall');
  return { plots, halls, total: plots + halls };
}

describe('the static build', () => {
  test('dist/api holds the same features as npm run api, read by the app client by following links', async () => {
    const staticLanding = `${appUrl()}/api/index.json`;
    for (const id of ['plots', 'halls', 'news', 'projects']) {
      const fromStatic = await featuresOf(staticLanding, id);
      expect(fromStatic.length, `${id} has features`).toBeGreaterThan(0);
      expect(fromStatic, id).toEqual(await featuresOf(apiUrl(), id));
    }
  });

  test('served statically, the app shows the same counts as npm run api, with no service worker', async ({
    site,
  }) => {
    const expected = await expectedCount(apiUrl());
    await site.openSearch();
    await expect.poll(() => site.resultCount()).toEqual(expected);
    expect(await site.serviceWorkerCount()).toBe(0);
    expect(site.requestedPaths()).toContain('/api/index.json');
    expect(site.requestedPaths().filter((p) => p.includes('mockServiceWorker'))).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
  });

  test('runs under its Content Security Policy without a single violation, map included', async ({
    site,
  }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    await expect.poll(() => site.renderedSiteCount()).toBeGreaterThan(0);
    expect(await site.contentSecurityPolicy()).toMatch(/script-src 'self';.*worker-src 'self' blob:/);
    expect(await site.cspViolations()).toEqual([]);
  });

  test('the page head announces Atom feeds that dist/feeds holds and npm run api serves alike', async () => {
    const html = readFileSync(`${DIST}index.html`, 'utf8');
    const feeds = [...html.matchAll(/<link\s[^>]*type="application\/atom\+xml"[^>]*>/g)].map(
      (m) => /href="([^"]+)"/.exec(m[0])![1]!,
    );
    expect(feeds).toEqual([
      '/feeds/sites.atom',
      '/feeds/news.atom',
      '/feeds/sites.en.atom',
      '/feeds/news.en.atom',
    ]);
    for (const path of feeds) {
      const built = readFileSync(`${DIST}${path.slice(1)}`, 'utf8');
      const served = await fetch(`${new URL(apiUrl()).origin}${path}`);
      expect(served.headers.get('content-type'), path).toBe('application/atom+xml;charset=utf-8');
      expect(await served.text(), path).toBe(built);
      const feed = parseAtom(built);
      expect(feed.bozo, `${path}: ${feed.error}`).toBe(false);
      expect(feed.entries.length, path).toBeGreaterThan(0);
    }
  });

  test('ships without MSW and its worker script', () => {
    expect(existsSync(`${DIST}index.html`), 'dist/ is built').toBe(true);
    expect(existsSync(`${DIST}mockServiceWorker.js`)).toBe(false);
    const scripts = readdirSync(`${DIST}assets`).filter((f) => /\.m?js$/.test(f));
    for (const file of scripts) {
      expect(readFileSync(`${DIST}assets/${file}`, 'utf8'), file).not.toMatch(
        /mockServiceWorker|setupWorker/,
      );
    }
  });
});

/** A GET with this Accept-Encoding, the body left as sent (fetch would decompress it). */
function getRaw(url: string, acceptEncoding: string) {
  return new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('compression and cache headers of the static build', () => {
  const itemsPages = () =>
    readdirSync(`${DIST}api/collections`, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)(items|columns)-\d+\.json$/.test(f))
      .map((f) => `api/collections/${f}`);

  test('every items page (GeoJSON and column pages) and every script has .br and .gz siblings that decompress to the file', () => {
    const pages = itemsPages();
    expect(pages.length, 'items pages in dist/api').toBeGreaterThanOrEqual(5);
    expect(
      pages.filter((f) => /columns-\d+\.json$/.test(f)).length,
      'column pages in dist/api',
    ).toBeGreaterThanOrEqual(2);
    const scripts = readdirSync(`${DIST}assets`)
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => `assets/${f}`);
    for (const file of [...pages, ...scripts, 'index.html']) {
      const raw = readFileSync(`${DIST}${file}`);
      if (raw.length < 1024) continue;
      expect(brotliDecompressSync(readFileSync(`${DIST}${file}.br`)).equals(raw), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(`${DIST}${file}.gz`)).equals(raw), `${file}.gz`).toBe(true);
    }
  });

  test('the preview server sends the brotli file to a browser that accepts it, gzip otherwise', async () => {
    for (const file of itemsPages()) {
      const br = await getRaw(`${appUrl()}/${file}`, 'gzip, deflate, br');
      expect(br.status, file).toBe(200);
      expect(br.encoding, file).toBe('br');
      expect(br.body.equals(readFileSync(`${DIST}${file}.br`)), file).toBe(true);
      const gz = await getRaw(`${appUrl()}/${file}`, 'gzip');
      expect(gz.encoding, file).toBe('gzip');
      expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(
        JSON.parse(readFileSync(`${DIST}${file}`, 'utf8')),
      );
    }
  });

  test('dist/_headers carries the cache rules and the same policy as the page, plus frame-ancestors', async ({
    site,
  }) => {
    const headers = readFileSync(`${DIST}_headers`, 'utf8');
    expect(headers).toMatch(/^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).toMatch(/^\/api\/\*\n {2}Cache-Control: no-cache$/m);
    await site.openSearch();
    const policy = await site.contentSecurityPolicy();
    expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
  });
});

describe('when the connection or the API fails', () => {
  test('with the API down the page names the failure, and a retry loads the sites', async ({ site }) => {
    const expected = await expectedCount(apiUrl());
    await site.breakApi(503);
    await site.openSearch();
    await expect.poll(() => site.failureMessage()).toMatch(/konnten nicht geladen werden/);
    expect(await site.failureMessage()).toMatch(/vorübergehend nicht erreichbar/);
    await site.repairApi();
    await site.retryAll();
    await expect.poll(() => site.resultCount()).toEqual(expected);
    expect(site.pageErrors()).toEqual([]);
  });

  test('with the API down after a reload, the page names the failure and the shortlist stays intact', async ({
    site,
  }) => {
    await site.openSearch('kind=halls');
    const [first, second] = await site.resultNames();
    await site.addToShortlist(first!);
    await site.addToShortlist(second!);
    await site.breakApi(503);
    await site.openSearch();
    await expect.poll(() => site.failureMessage()).toMatch(/konnten nicht geladen werden/);
    expect(await site.shortlistCount()).toBe(2);
    await site.repairApi();
    await site.openShortlist();
    expect((await site.shortlistEntries()).map((e) => e.name)).toEqual([first, second]);
  });

  test('offline, the loaded sites stay listed with a notice that goes when the connection is back', async ({
    site,
  }) => {
    await site.openSearch('kind=plots');
    const before = await site.resultCount();
    await site.goOffline();
    await expect.poll(() => site.offlineNotice()).toMatch(/Keine Internetverbindung/);
    await site.filterByKind('Alle');
    await expect.poll(() => site.resultCount()).not.toEqual(before);
    await site.goOnline();
    await expect.poll(() => site.offlineNotice()).toBeNull();
  });
});
