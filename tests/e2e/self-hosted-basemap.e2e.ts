import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { buildProtomapsArchive } from '../../scripts/basemap/protomaps-archive';
import { describe, expect, test } from './support/fixtures';
import { buildApp, hostArchive, previewApp, type ArchiveHost } from './support/pmtiles-host';
import { isListed, readSampleFeatures } from './support/sample-data';
import { SiteFinderDriver } from './support/site-finder-driver';

/**
 * A deployment's own OpenStreetMap basemap: a PMTiles archive (Protomaps schema) on another
 * host, set by VITE_BASEMAP_PMTILES_URL. The archive here is the offline basemap cut into
 * vector tiles by the test itself, served from 127.0.0.1 with byte ranges and CORS.
 */

const SHOTS = process.env.E2E_PMTILES_SHOTS ?? '/tmp/pmtiles-shots';
const listed = [...readSampleFeatures('plots'), ...readSampleFeatures('halls')].filter(isListed);

let host: ArchiveHost;
let app: { url: string; stop: () => void };
const outDir = mkdtempSync(join(tmpdir(), 'app-pmtiles-'));

beforeAll(async () => {
  const { archive } = buildProtomapsArchive({
    dir: fileURLToPath(new URL('../../public/basemap/', import.meta.url)),
  });
  host = await hostArchive(archive, 'mitteldeutschland.pmtiles');
  await buildApp(outDir, { VITE_BASEMAP_PMTILES_URL: host.url, VITE_STREETS_STYLE_URL: 'off' });
  app = await previewApp(outDir);
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  app?.stop();
  await host?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a self-hosted PMTiles basemap', () => {
  test('is where the map starts: drawn from the archive by byte ranges, the sites on top, under the CSP', async ({
    browser,
  }) => {
    const site = await SiteFinderDriver.open(browser, app.url);
    try {
      await site.openPath('/#map=8/51.35/12.2');
      await site.waitForMapRendered();
      await expect.poll(async () => (await site.mapState()).basemap).toBe('selfHosted');
      const state = await site.mapState();
      expect(state.basemapFeatures).toBeGreaterThan(0);
      expect(state.basemapSourceLayers).toEqual(expect.arrayContaining(['earth', 'boundaries', 'places']));
      expect(state.renderedSites).toBeGreaterThan(0);
      expect(host.rangeRequests).toBeGreaterThan(1);
      await site.page.screenshot({ path: join(SHOTS, 'self-hosted.png') });
      await site.chooseBasemap(/Selbst gehostet/);
      expect(
        await site.page.getByRole('radio', { name: 'Selbst gehostet (OpenStreetMap)' }).isChecked(),
      ).toBe(true);
      expect(await site.page.locator('.maplibregl-ctrl-attrib').innerText()).toContain(
        'OpenStreetMap contributors',
      );
      // Fonts and everything else from the app itself; only the archive from its own host.
      const origin = new URL(host.url).origin;
      expect(site.requestsOutsideOrigin().filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
      expect(await site.contentSecurityPolicy()).toContain(`connect-src 'self' ${origin}`);
      expect(await site.cspViolations()).toEqual([]);
      expect(site.pageErrors()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  test('falls back to the offline basemap with a notice when the archive is gone (404)', async ({
    browser,
  }) => {
    host.mode = 'missing';
    const site = await SiteFinderDriver.open(browser, app.url);
    try {
      await site.openSearch();
      await site.waitForMapRendered();
      await expect.poll(() => site.mapNotice()).toContain('nicht erreichbar');
      expect(await site.mapNotice()).toContain('Selbst gehostet (OpenStreetMap)');
      await expect.poll(async () => (await site.mapState()).basemap).toBe('offline');
      expect((await site.mapState()).basemapFeatures).toBeGreaterThan(0);
      expect((await site.mapState()).renderedSites).toBe(listed.length);
      await site.page.screenshot({ path: join(SHOTS, 'fallback.png') });
      await site.chooseBasemap(/Offline-Karte/);
      expect(await site.page.getByRole('radio', { name: /Offline-Karte/ }).isChecked()).toBe(true);
    } finally {
      host.mode = 'serve';
      await site.close();
    }
  });
});
