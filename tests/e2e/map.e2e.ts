import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';
import { SiteFinderDriver } from './support/site-finder-driver';

/** The map at the centre: clusters, list ↔ map, viewport in the URL, drawn areas, basemaps. */

const listed = [...readSampleFeatures('plots'), ...readSampleFeatures('halls')].filter(isListed);
const listedPlots = readSampleFeatures('plots').filter(isListed);
const hall = readSampleFeatures('halls').filter(isListed)[0]!;
const hallName = String(hall.properties.name);
const lonLat = (f: (typeof listed)[number]) => [Number(f.properties.lon), Number(f.properties.lat)];

describe('the map', () => {
  test('draws every result, clustered, and follows the filters', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    const all = await site.mapState();
    expect(all.renderedSites).toBe(listed.length);
    // Far fewer features than sites: the map gets clusters, not every point.
    expect(all.renderedClusters).toBeGreaterThan(0);
    await site.filterByKind('Flächen');
    await expect.poll(async () => (await site.mapState()).renderedSites).toBe(listedPlots.length);
  });

  test('zooms into a cluster when it is clicked', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    const before = await site.mapState();
    const biggest = [...before.clusters].sort((a, b) => b.count - a.count)[0]!;
    await site.clickMapAt(biggest.x, biggest.y);
    await expect.poll(async () => (await site.mapState()).zoom).toBeGreaterThan(before.zoom + 1);
  });

  test('highlights the map site of a hovered card, and the card of a hovered map site; a click selects', async ({
    site,
  }) => {
    const [lon, lat] = lonLat(hall);
    await site.openPath(`/?kind=halls#map=15.00/${lat!.toFixed(5)}/${lon!.toFixed(5)}`);
    await site.waitForMapRendered();
    const key = await site.resultKey(hallName);
    await site.hoverResult(hallName);
    await expect.poll(async () => (await site.mapState()).hoveredSite).toBe(key);

    const { width, height } = await site.mapSize();
    await site.hoverMapAt(width / 2, height / 2);
    await expect.poll(() => site.resultIsHighlighted(hallName)).toBe(true);

    await site.clickMapAt(width / 2, height / 2);
    await expect.poll(() => site.searchParams().get('sel')).toBe(key);
    await expect.poll(() => site.popupText()).toContain(hallName);
    expect((await site.mapState()).selectedSite).toBe(key);
  });

  test('keeps the viewport in the URL, moves by keyboard, and restores it in a fresh browser', async ({
    site,
    browser,
  }) => {
    await site.openPath('/#map=9.00/51.40000/12.30000');
    await site.waitForMapRendered();
    expect((await site.mapState()).zoom).toBe(9);
    await site.pressOnMap('+');
    await expect.poll(() => site.hash()).toMatch(/^#map=10\.00\/51\.4\d+\/12\.3\d+$/);
    const shared = site.page.url();

    const other = await SiteFinderDriver.open(browser, site.appUrl);
    try {
      await other.page.goto(shared);
      await other.waitForMapRendered();
      expect((await other.mapState()).zoom).toBe(10);
      expect(other.hash()).toBe(new URL(shared).hash);
    } finally {
      await other.close();
    }
  });

  test('filters the list to a drawn rectangle, and shares it as poly', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    const { width, height } = await site.mapSize();
    await site.drawRectangle(width * 0.35, height * 0.35, width * 0.65, height * 0.65);
    await expect.poll(() => site.searchParams().get('poly')).toMatch(/^[\d.,;]+$/);
    const ring = site
      .searchParams()
      .get('poly')!
      .split(';')
      .map((p) => p.split(',').map(Number));
    const polygon = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
    const inside = listed.filter((f) => booleanPointInPolygon(lonLat(f), polygon)).length;
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(listed.length);
    await expect.poll(async () => (await site.resultCount()).total).toBe(inside);
  });

  test('falls back to the offline basemap with a notice when the online style is unreachable', async ({
    site,
  }) => {
    await site.context.route('https://tiles.openfreemap.org/**', (route) => route.abort());
    await site.openSearch();
    await site.waitForMapRendered();
    await site.chooseBasemap(/Straßenkarte/);
    await expect.poll(() => site.mapNotice()).toContain('nicht erreichbar');
    expect(await site.page.getByRole('radio', { name: /Offline-Karte/ }).isChecked()).toBe(true);
    expect((await site.mapState()).renderedSites).toBe(listed.length);
  });
});
