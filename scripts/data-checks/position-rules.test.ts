// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkInRegion, checkLatLonNearGeometry, inRegion, positionsOf } from './position-rules';
import { hall, plot, square } from './test-features';

describe('inRegion', () => {
  it('knows the SN/ST/TH box', () => {
    expect(inRegion(12.37, 51.34)).toBe(true); // Leipzig
    expect(inRegion(11.63, 52.13)).toBe(true); // Magdeburg
    expect(inRegion(13.4, 52.52)).toBe(true); // Berlin lies inside the rough box
    expect(inRegion(11.58, 48.14)).toBe(false); // München
    expect(inRegion(15.5, 51.1)).toBe(false); // east of Görlitz
    expect(inRegion(Number.NaN, 51)).toBe(false);
  });
});

describe('positionsOf', () => {
  it('lists the positions of points, polygons and multipolygons', () => {
    expect(positionsOf(null)).toEqual([]);
    expect(positionsOf({ type: 'Point', coordinates: [1, 2] })).toEqual([[1, 2]]);
    expect(positionsOf(square(12, 51))).toHaveLength(5);
    expect(positionsOf({ type: 'MultiPolygon', coordinates: [[[[1, 2]]], [[[3, 4]]]] })).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('checkInRegion', () => {
  it('accepts features inside the region and features without lat/lon', () => {
    const news = { collection: 'news', id: 'news-a', geometry: null, properties: { title: 'x' } };
    expect(checkInRegion([plot(), hall(), news])).toEqual([]);
  });

  it('reports a polygon vertex outside the region', () => {
    const issues = checkInRegion([plot({}, square(15.099, 51.2))]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/geometry position\(s\) outside/);
  });

  it('reports lat/lon outside the region', () => {
    const issues = checkInRegion([hall({ lat: 48.1, lon: 11.6 })]);
    expect(issues[0]?.message).toMatch(/lat\/lon 48.1, 11.6 outside/);
  });
});

describe('checkLatLonNearGeometry', () => {
  it('accepts lat/lon at the centroid', () => {
    expect(checkLatLonNearGeometry([plot(), hall()])).toEqual([]);
  });

  it('reports lat/lon more than 1 km from the centroid', () => {
    const issues = checkLatLonNearGeometry([plot({ lat: 51.42 })]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'latlon-centroid', where: 'plots/gf-test-01' });
  });

  it('reports a hall point that does not match its lat/lon', () => {
    expect(checkLatLonNearGeometry([hall({ lon: 12.4 })])).toHaveLength(1);
  });
});
