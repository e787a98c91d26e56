import { describe, expect, it } from 'vitest';
import { buildMapSiteSet, projectLat, projectLon } from './cluster/map-site-set';
import { mapTestSite } from './cluster/test-site';
import { previewView, SITE_MAX_ZOOM, START_MAX_ZOOM, startFocus, startPadding } from './preview-view';

// Magdeburg in the north, Plauen in the south-west, Görlitz in the east.
const set = buildMapSiteSet([
  mapTestSite('plot:md', 'plot', 11.63, 52.13),
  mapTestSite('plot:pl', 'plot', 12.14, 50.5),
  mapTestSite('hall:gr', 'hall', 14.99, 51.15),
]);
const ids = Uint32Array.of(0, 1, 2);

/** The sites' positions on screen (pixels from the box's top left corner). */
function onScreen(width: number, height: number, inset: number) {
  const view = previewView(set, ids, { width, height, bottomInset: inset });
  const [left, top] = view.box;
  return [...ids].map((i) => ({ x: set.x[i]! * view.scale - left, y: set.y[i]! * view.scale - top }));
}

describe('the start view (preview and live map)', () => {
  it('fits the results into the box with 32 px around, and below the controls at the top', () => {
    const points = onScreen(1000, 800, 0);
    const ys = points.map((p) => p.y);
    const xs = points.map((p) => p.x);
    // "Karte laden" ends 56 px from the top, the live map's tool bar about 63 px.
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(79.5);
    expect(Math.max(...ys)).toBeLessThanOrEqual(800 - 31.5);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(31.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1000 - 31.5);
  });

  it('fits them above what covers the bottom of the map (the sheet on a phone)', () => {
    const points = onScreen(390, 745, 372);
    const ys = points.map((p) => p.y);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(79.5);
    // The southernmost site sits just above the sheet, not under it.
    expect(Math.max(...ys)).toBeLessThanOrEqual(745 - 372 - 31.5);
    expect(Math.max(...ys)).toBeGreaterThan(745 - 372 - 80);
  });

  it('never leaves less than half the map open', () => {
    expect(startPadding(600, 500)).toEqual({ top: 80, right: 32, bottom: 332, left: 32 });
    expect(startPadding(600, -10).bottom).toBe(32);
    expect(startPadding(600)).toEqual({ top: 80, right: 32, bottom: 32, left: 32 });
    // A small map gives the controls at most a quarter of its height.
    expect(startPadding(160).top).toBe(72);
  });
});

describe('where the map looks first', () => {
  const site: [number, number, number, number] = [12.3, 51.64, 12.302, 51.641];
  const viewport = { zoom: 11.5, lat: 51.34, lon: 12.37 };

  it("takes a link's viewport over a selected site, and a selected site over the results", () => {
    expect(startFocus(set, ids, { viewport, selected: site })).toEqual({ viewport });
    expect(startFocus(set, ids, { viewport: null, selected: site })).toEqual({
      bounds: site,
      maxZoom: SITE_MAX_ZOOM,
    });
    const results = startFocus(set, ids, { viewport: null, selected: null });
    expect(results).toEqual({ bounds: [11.63, 50.5, 14.99, 52.13], maxZoom: START_MAX_ZOOM });
    // No results: the region.
    expect(startFocus(set, new Uint32Array(0), { viewport: null, selected: null })).toMatchObject({
      bounds: [9.8, 50.1, 15.1, 53.1],
    });
  });

  it('shows a selected site in the middle of the open part, zoomed in as far as the live map goes', () => {
    const view = previewView(
      set,
      ids,
      { width: 1000, height: 800 },
      { bounds: site, maxZoom: SITE_MAX_ZOOM },
    );
    expect(view.zoom).toBe(SITE_MAX_ZOOM);
    const x = ((projectLon(12.3) + projectLon(12.302)) / 2) * view.scale - view.box[0];
    const y = ((projectLat(51.64) + projectLat(51.641)) / 2) * view.scale - view.box[1];
    const pad = startPadding(800);
    expect(x).toBeCloseTo(pad.left + (1000 - pad.left - pad.right) / 2, 5);
    expect(y).toBeCloseTo(pad.top + (800 - pad.top - pad.bottom) / 2, 5);
    // The results far away are out of view: nothing of them is clustered into it.
    expect(view.clusters.points.features).toHaveLength(0);
  });

  it("shows a link's viewport at its zoom, its centre in the middle of the box", () => {
    const view = previewView(set, ids, { width: 1000, height: 800 }, { viewport });
    expect(view.zoom).toBe(11.5);
    expect(projectLon(12.37) * view.scale - view.box[0]).toBeCloseTo(500, 5);
    expect(projectLat(51.34) * view.scale - view.box[1]).toBeCloseTo(400, 5);
    // Farther out than the live map goes, it shows what the live map would: zoom 5.
    expect(
      previewView(set, ids, { width: 1000, height: 800 }, { viewport: { ...viewport, zoom: 2 } }).zoom,
    ).toBe(5);
  });
});
