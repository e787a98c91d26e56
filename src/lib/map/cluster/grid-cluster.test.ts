import { describe, expect, it } from 'vitest';
import { CLUSTER_OFFSET, clusterRadius } from './cluster-marks';
import {
  AREAS_FROM_ZOOM,
  clusterIdOf,
  clusterSites,
  shortCount,
  SINGLES_FROM_ZOOM,
  type ClusterProperties,
} from './grid-cluster';
import { buildMapSiteSet, projectLat, projectLon } from './map-site-set';
import { mapTestSite as site } from './test-site';

const REGION = [9.8, 50.1, 15.1, 53.1] as const;
const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('clusterSites', () => {
  // Three plots and a hall within a few hundred metres of Leipzig, one plot in Dresden.
  const set = buildMapSiteSet([
    site('p1', 'plot', 12.37, 51.34, true),
    site('p2', 'plot', 12.372, 51.341),
    site('p3', 'plot', 12.374, 51.342),
    site('h1', 'hall', 12.371, 51.3405),
    site('p4', 'plot', 13.74, 51.05),
  ]);

  it('groups nearby sites per kind at low zoom, with count, mean position and member box', () => {
    const out = clusterSites(set, all(5), { zoom: 7, bounds: REGION });
    const clusters = out.points.features.filter((f) => f.properties.cluster);
    expect(clusters).toHaveLength(1);
    const c = clusters[0]!.properties;
    expect(c).toMatchObject({ cluster: true, kind: 'plot', count: 3, label: '3' });
    expect(c).toMatchObject({ west: 12.37, south: 51.34, east: 12.374, north: 51.342 });
    expect(clusters[0]!.geometry.coordinates[0]).toBeCloseTo(12.372, 6);
    // The hall is alone in its kind's cell, and Dresden is far away: both drawn as sites.
    const singles = out.points.features.filter((f) => !f.properties.cluster).map((f) => f.properties.id);
    expect(singles.sort()).toEqual(['h1', 'p4']);
    expect(out.sitesInView).toBe(5);
  });

  it('counts only the matching sites it is given', () => {
    const out = clusterSites(set, Uint32Array.from([0, 4]), { zoom: 7, bounds: REGION });
    expect(out.points.features.map((f) => f.properties.id).sort()).toEqual(['p1', 'p4']);
  });

  it('draws every site on its own from the singles zoom, and plot outlines as areas', () => {
    const leipzig = [12.36, 51.33, 12.39, 51.35] as const;
    const near = clusterSites(set, all(5), { zoom: SINGLES_FROM_ZOOM, bounds: leipzig });
    expect(near.points.features.every((f) => !f.properties.cluster)).toBe(true);
    expect(near.areas.features.map((f) => f.properties.key)).toEqual(['p1']);
    // Dresden lies outside the (widened) view.
    expect(near.sitesInView).toBe(4);
    const closer = clusterSites(set, all(5), { zoom: AREAS_FROM_ZOOM, bounds: leipzig });
    // The plot with an outline is no longer a point as well.
    expect(closer.points.features.map((f) => f.properties.id).sort()).toEqual(['h1', 'p2', 'p3']);
  });

  it('gives the cluster id a site falls into, for hover highlighting', () => {
    const out = clusterSites(set, all(5), { zoom: 7, bounds: REGION });
    const cluster = out.points.features.find((f) => f.properties.cluster)!;
    expect(clusterIdOf(set, 1, 7)).toBe(cluster.properties.id);
    expect(clusterIdOf(set, 3, 7)).not.toBe(cluster.properties.id);
  });

  it('merges clusters of neighbouring cells that would overlap, and keeps hover on the merged one', () => {
    // A cell edge at zoom 7 runs at 12.3047° E: two pairs of plots either side, metres apart.
    const edge = buildMapSiteSet([
      site('a', 'plot', 12.3, 51.3),
      site('b', 'plot', 12.301, 51.3),
      site('c', 'plot', 12.309, 51.3),
      site('d', 'plot', 12.31, 51.3),
    ]);
    expect(clusterIdOf(edge, 0, 7)).not.toBe(clusterIdOf(edge, 3, 7));
    const out = clusterSites(edge, all(4), { zoom: 7, bounds: REGION });
    expect(out.points.features.map((f) => f.properties)).toMatchObject([{ cluster: true, count: 4 }]);
    expect(out.clusterIdOf(0)).toBe(out.points.features[0]!.properties.id);
    expect(out.clusterIdOf(3)).toBe(out.points.features[0]!.properties.id);
  });

  it('moves a hall cluster aside where a plot cluster would cover it; apart, each stays at its mean', () => {
    // Plots and halls around Leipzig whose means lie a few pixels apart at zoom 7.
    const near = buildMapSiteSet([
      ...Array.from({ length: 30 }, (_, i) => site(`p${i}`, 'plot', 12.36 + i * 0.001, 51.34)),
      ...Array.from({ length: 6 }, (_, i) => site(`h${i}`, 'hall', 12.4 + i * 0.001, 51.345)),
      site('far1', 'hall', 13.74, 51.05),
      site('far2', 'hall', 13.741, 51.05),
    ]);
    const zoom = 7;
    const out = clusterSites(near, all(near.sites.length), { zoom, bounds: REGION });
    const world = 512 * 2 ** zoom;
    const drawn = out.points.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as ClusterProperties;
      return {
        kind: p.kind,
        count: p.count,
        lon,
        x: projectLon(lon) * world + CLUSTER_OFFSET[p.kind][0],
        y: projectLat(lat) * world + CLUSTER_OFFSET[p.kind][1],
        r: clusterRadius(p.count),
      };
    });
    expect(drawn.map((d) => `${d.kind} ${d.count}`).sort()).toEqual(['hall 2', 'hall 6', 'plot 30']);
    const [plots, halls, far] = [
      drawn.find((d) => d.kind === 'plot')!,
      drawn.find((d) => d.count === 6)!,
      drawn.find((d) => d.count === 2)!,
    ];
    expect(Math.hypot(halls.x - plots.x, halls.y - plots.y)).toBeGreaterThanOrEqual(plots.r + halls.r);
    // The plots and the halls far away were not moved.
    expect(plots.lon).toBeCloseTo(12.3745, 6);
    expect(far.lon).toBeCloseTo(13.7405, 6);
  });

  it('sizes clusters as the live map draws them: 14 px for a pair, 22 at 100, 30 for thousands', () => {
    expect([2, 100, 3600, 1e6].map((n) => Math.round(clusterRadius(n)))).toEqual([14, 22, 30, 30]);
  });

  it('shortens big counts', () => {
    expect([shortCount(9_999), shortCount(12_345)]).toEqual(['9999', '12k']);
  });
});
