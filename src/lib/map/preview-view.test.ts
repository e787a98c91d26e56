import { describe, expect, it } from 'vitest';
import { buildMapSiteSet } from './cluster/map-site-set';
import { mapTestSite } from './cluster/test-site';
import { previewView, startPadding } from './preview-view';

// Magdeburg in the north, Plauen in the south-west, Görlitz in the east.
const set = buildMapSiteSet([
  mapTestSite('plot:md', 'plot', 11.63, 52.13),
  mapTestSite('plot:pl', 'plot', 12.14, 50.5),
  mapTestSite('hall:gr', 'hall', 14.99, 51.15),
]);
const ids = Uint32Array.of(0, 1, 2);

/** The sites' positions on screen (pixels from the box's top left corner). */
function onScreen(width: number, height: number, inset: number) {
  const view = previewView(set, ids, width, height, inset);
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
