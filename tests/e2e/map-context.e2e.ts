import { describe, expect, test } from './support/fixtures';

/**
 * The map shows the place (issue: offline context, radius, follow the search): at zoom 10 the
 * offline basemap draws motorways with shields, rail, rivers and towns; a radius search its
 * circle; the map fits a narrowed search and stays where the person moved it. Screenshots in
 * test-results/map-context-*.png.
 */
const CITIES = [
  {
    name: 'Leipzig',
    view: '10.00/51.34000/12.37000',
    motorways: ['A14', 'A38', 'A9'],
    river: 'Weiße Elster',
  },
  { name: 'Halle (Saale)', view: '10.00/51.48000/11.97000', motorways: ['A14', 'A143'], river: 'Saale' },
  { name: 'Erfurt', view: '10.00/50.98000/11.03000', motorways: ['A4', 'A71'], river: 'Ilm' },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the map shows the place', () => {
  for (const city of CITIES)
    test(`draws motorways with shields, rail, rivers and towns around ${city.name} at zoom 10`, async ({
      site,
    }) => {
      await site.openPath(`/#map=${city.view}`);
      await site.waitForMapRendered();
      await expect.poll(async () => (await site.basemapRendered()).towns ?? []).toContain(city.name);
      // The layers' tiles arrive one after another: under load the towns came before the motorways.
      await expect
        .poll(async () => (await site.basemapRendered()).motorways ?? [])
        .toEqual(expect.arrayContaining(city.motorways));
      const drawn = await site.basemapRendered();
      for (const ref of city.motorways) expect(drawn.motorways).toContain(ref);
      expect(drawn.shields.length).toBeGreaterThan(0);
      expect(drawn.junctions).toBeGreaterThan(0);
      expect(drawn.rail).toBeGreaterThanOrEqual(2);
      expect(drawn.rivers).toContain(city.river);
      expect(drawn.districts).toBe(true);
      await site.screenshot(`map-context-${city.name.replace(/\W+/g, '-')}`);
    });

  test('shows the junctions from zoom 9 without the panel, and the panel switches the motorways off', async ({
    site,
  }) => {
    await site.openPath('/#map=9.00/51.40000/12.20000');
    await site.waitForMapRendered();
    await expect.poll(async () => (await site.basemapRendered()).junctions ?? 0).toBeGreaterThan(3);
    await site.toggleMapContent('Autobahnen und Anschlussstellen');
    await expect.poll(async () => (await site.basemapRendered()).motorways).toEqual([]);
    expect((await site.basemapRendered()).junctions).toBe(0);
    expect((await site.basemapRendered()).rail).toBeGreaterThan(0);
  });

  test('paints single sites over clusters and no site over a cluster count in the preview', async ({
    site,
  }) => {
    await site.openSearch();
    const order = await site.previewPaintOrder();
    expect(order.filter((c) => c === 'map-preview__count').length).toBeGreaterThan(0);
    expect(order.filter((c) => c === 'map-preview__site').length).toBeGreaterThan(0);
    expect(order.lastIndexOf('map-preview__cluster')).toBeLessThan(order.indexOf('map-preview__site'));
    expect(order.lastIndexOf('map-preview__site')).toBeLessThan(order.indexOf('map-preview__count'));
  });

  test('previews a site page from a link where the live map will open: the site, marked, and what is around it', async ({
    site,
  }) => {
    await site.openSite('plots/gf-leipzig-gvz-01');
    const preview = site.page.getByRole('img', {
      name: 'Kartenvorschau: Güterverkehrszentrum (GVZ) Leipzig – Baufeld 1 und Umgebung',
    });
    await preview.waitFor({ state: 'visible' });
    expect(await preview.locator('[data-site-key="plots/gf-leipzig-gvz-01"]').count()).toBe(1);
    // Zoomed in on the plot: the A14 beside it, and its neighbour plot as an outline.
    await preview.getByText('A14', { exact: true }).waitFor({ state: 'visible' });
    expect(await preview.locator('.map-preview__area').count()).toBeGreaterThan(0);
    await site.screenshot('map-context-site-page-preview');
    await site.waitForMapRendered();
    expect((await site.mapState()).selectedSite).toBe('plots/gf-leipzig-gvz-01');
    expect((await site.mapState()).zoom).toBeGreaterThanOrEqual(13);
  });

  test('draws a radius search as its circle around the labelled origin, with every result in view', async ({
    site,
  }) => {
    await site.openSearch('near=leipzig&radius_km=25');
    await site.waitForMapRendered();
    await expect.poll(async () => (await site.basemapRendered()).radius ?? []).toEqual(['Leipzig']);
    const { plots, halls } = await site.resultCount();
    expect((await site.mapState()).renderedSites).toBe(plots + halls);
    await site.screenshot('map-context-radius-leipzig');
  });

  test('fits a narrowed search, and stays where the person moved it', async ({ site }) => {
    await site.openSearch();
    await site.waitForMapRendered();
    const region = await site.mapState();
    await site.searchText('Eisfeld');
    await expect.poll(async () => (await site.mapState()).zoom).toBeGreaterThan(region.zoom + 2);
    const { plots, halls } = await site.resultCount();
    expect(plots + halls).toBeGreaterThanOrEqual(3);
    expect(plots + halls).toBeLessThanOrEqual(8);
    await expect.poll(async () => (await site.mapState()).renderedSites).toBe(plots + halls);
    await site.screenshot('map-context-fits-eisfeld');

    const fitted = await site.viewport();
    await site.dragMap(-200, 120);
    await expect.poll(() => site.viewport()).not.toBe(fitted);
    const moved = await site.viewport();
    await site.searchText('');
    await expect.poll(async () => (await site.resultCount()).total).toBeGreaterThan(plots + halls);
    // A fit would take 600 ms; the map must not have moved after it.
    await pause(1500);
    expect(await site.viewport()).toBe(moved);
  });

  test('keeps the viewport of a link when the filters change', async ({ site }) => {
    await site.openPath('/#map=9.00/51.40000/12.20000');
    await site.waitForMapRendered();
    await site.filterByKind('Hallen');
    await expect.poll(async () => (await site.resultCount()).plots).toBe(0);
    await pause(1500);
    expect(await site.viewport()).toBe('map=9.00/51.40000/12.20000');
  });
});
