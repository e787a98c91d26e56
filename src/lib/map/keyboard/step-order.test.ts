import { describe, expect, it } from 'vitest';
import type { Bounds } from '../camera';
import { AREAS_FROM_ZOOM, clusterSites } from '../cluster/grid-cluster';
import { buildMapSiteSet } from '../cluster/map-site-set';
import { stepIndex, stepOrder, type StepTarget } from './step-order';
import { mapTestSite as site } from '../cluster/test-site';

const REGION: Bounds = [9.8, 50.1, 15.1, 53.1];
// Three plots a few hundred metres apart in Leipzig (one cluster at zoom 7), a hall there, a
// plot in Dresden, a plot in Erfurt.
const set = buildMapSiteSet([
  site('p1', 'plot', 12.37, 51.34, true),
  site('p2', 'plot', 12.372, 51.341),
  site('p3', 'plot', 12.374, 51.342),
  site('h1', 'hall', 12.371, 51.3405),
  site('dd', 'plot', 13.74, 51.05),
  site('ef', 'plot', 11.03, 50.98),
]);
const ids = (...keys: string[]) => Uint32Array.from(keys, (k) => set.indexOf.get(k)!);
const order = (list: Uint32Array, zoom: number, view: Bounds) =>
  stepOrder(set, list, clusterSites(set, list, { zoom, bounds: view }), view);
const summary = (targets: StepTarget[]) =>
  targets.map((t) => (t.type === 'cluster' ? `cluster ${t.count} (${t.key})` : t.key));

describe('stepOrder', () => {
  it('orders sites and clusters by the list; a cluster takes its first member’s place and card', () => {
    const list = ids('dd', 'h1', 'p3', 'ef', 'p1', 'p2');
    expect(summary(order(list, 7, REGION))).toEqual(['dd', 'h1', 'cluster 3 (p3)', 'ef']);
  });

  it('follows another list order', () => {
    const list = ids('p2', 'ef', 'p1', 'p3', 'dd', 'h1');
    expect(summary(order(list, 7, REGION))).toEqual(['cluster 3 (p2)', 'ef', 'dd', 'h1']);
  });

  it('gives a cluster the box of its members (Enter zooms there)', () => {
    const [cluster] = order(ids('p1', 'p2', 'p3'), 7, REGION);
    expect(cluster).toMatchObject({ type: 'cluster', count: 3, bounds: [12.37, 51.34, 12.374, 51.342] });
  });

  it('leaves out what lies outside the view, though the map draws a margin around it', () => {
    // East of Leipzig to beyond Dresden: Leipzig lies in the drawn margin, Erfurt far outside.
    const view: Bounds = [12.6, 50.9, 13.9, 51.5];
    const list = ids('p1', 'ef', 'dd', 'h1');
    const drawn = clusterSites(set, list, { zoom: 9, bounds: view });
    expect(drawn.sitesInView).toBe(3);
    expect(summary(stepOrder(set, list, drawn, view))).toEqual(['dd']);
  });

  it('steps through single sites when zoomed in, plots drawn as areas included', () => {
    const leipzig: Bounds = [12.36, 51.33, 12.39, 51.35];
    const list = ids('p3', 'p1', 'h1', 'p2', 'dd');
    expect(summary(order(list, AREAS_FROM_ZOOM, leipzig))).toEqual(['p3', 'p1', 'h1', 'p2']);
  });

  it('is empty when nothing matches in the view', () => {
    expect(order(ids(), 7, REGION)).toEqual([]);
    expect(order(ids('ef'), 9, [12.6, 50.9, 13.9, 51.5])).toEqual([]);
  });
});

describe('stepIndex', () => {
  const targets = order(ids('dd', 'h1', 'ef'), 7, REGION);

  it('starts at the first with n and at the last with p', () => {
    expect(stepIndex(targets, null, 1)).toBe(0);
    expect(stepIndex(targets, null, -1)).toBe(2);
  });

  it('steps on and back, wrapping around at both ends', () => {
    expect(stepIndex(targets, 'dd', 1)).toBe(1);
    expect(stepIndex(targets, 'h1', -1)).toBe(0);
    expect(stepIndex(targets, 'ef', 1)).toBe(0);
    expect(stepIndex(targets, 'dd', -1)).toBe(2);
  });

  it('starts over when the current feature is no longer drawn, and finds nothing in an empty view', () => {
    expect(stepIndex(targets, 'gone', 1)).toBe(0);
    expect(stepIndex([], null, 1)).toBe(-1);
  });
});
