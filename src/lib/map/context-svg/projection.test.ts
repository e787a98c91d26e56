import { describe, expect, it } from 'vitest';
import {
  fitProjection,
  localProjection,
  mapWidthKm,
  mercatorProjection,
  M_PER_DEG_LAT,
  scaleBar,
} from './projection';

/** Haversine distance in metres, the reference the projection must agree with. */
function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008 * Math.asin(Math.sqrt(a));
}

describe('localProjection', () => {
  const leipzig: [number, number] = [12.37, 51.34];
  const proj = localProjection(leipzig, 20, 400);

  it('puts the centre in the middle, north up and east right', () => {
    expect(proj.project(leipzig)).toEqual([200, 200]);
    const [, yNorth] = proj.project([12.37, 51.4]);
    const [xEast] = proj.project([12.45, 51.34]);
    expect(yNorth).toBeLessThan(200);
    expect(xEast).toBeGreaterThan(200);
  });

  it('spans the asked width: 20 km over 400 px is 50 m per px', () => {
    expect(proj.metresPerPx).toBe(50);
    const [w, s, e, n] = proj.bounds;
    expect(metresBetween([w, leipzig[1]], [e, leipzig[1]]) / 1000).toBeCloseTo(20, 0);
    expect(((n - s) * M_PER_DEG_LAT) / 1000).toBeCloseTo(20, 5);
    expect(proj.project([w, n])[0]).toBeCloseTo(0, 6);
    expect(proj.project([e, s])[1]).toBeCloseTo(400, 6);
  });

  it('keeps east–west and north–south distances true to within 0.5 %', () => {
    for (const target of [
      [12.5, 51.34],
      [12.37, 51.42],
      [12.28, 51.27],
    ] as [number, number][]) {
      const [x, y] = proj.project(target);
      const px = Math.hypot(x - 200, y - 200) * proj.metresPerPx;
      expect(Math.abs(px / metresBetween(leipzig, target) - 1)).toBeLessThan(0.005);
    }
  });
});

describe('scaleBar', () => {
  it('picks a round number of km near the target length', () => {
    expect(scaleBar(50, 100)).toEqual({ km: 5, length: 100 });
    expect(scaleBar(50, 80)).toEqual({ km: 5, length: 100 });
    expect(scaleBar(25, 100)).toEqual({ km: 2, length: 80 });
    expect(scaleBar(62.5, 100)).toEqual({ km: 5, length: 80 });
  });
});

describe('mapWidthKm', () => {
  it('is 20 km for a small site and at most 25 km for a large one', () => {
    expect(mapWidthKm(0.3)).toBe(20);
    expect(mapWidthKm(8)).toBe(24);
    expect(mapWidthKm(30)).toBe(25);
  });
});

describe('fitProjection', () => {
  it('shows all positions inside the view box with a margin, however far apart', () => {
    const sites: [number, number][] = [
      [10.98, 50.86],
      [13.74, 51.05],
      [12.08, 51.5],
      [11.6, 52.1],
    ];
    const proj = fitProjection(sites, 400);
    for (const site of sites) {
      const [x, y] = proj.project(site);
      expect(x).toBeGreaterThan(400 * 0.05);
      expect(x).toBeLessThan(400 * 0.95);
      expect(y).toBeGreaterThan(400 * 0.05);
      expect(y).toBeLessThan(400 * 0.95);
    }
  });

  it('gives one site alone the context map’s 20 km, centred', () => {
    const proj = fitProjection([[12.37, 51.34]], 400);
    expect(proj.metresPerPx).toBe(50);
    expect(proj.project([12.37, 51.34])).toEqual([200, 200]);
  });
});

describe('mercatorProjection', () => {
  it("places positions in the preview's view box, and its bounds at the box's corners", () => {
    const scale = 512 * 2 ** 10;
    const box = [0.533 * scale, 0.333 * scale, 1000, 700] as const;
    const proj = mercatorProjection(box, scale);
    const [w, s, e, n] = proj.bounds;
    const [x0, y0] = proj.project([w, n]);
    const [x1, y1] = proj.project([e, s]);
    expect([x0, y0, x1, y1].map((v) => Math.round(v))).toEqual([0, 0, 1000, 700]);
    expect([proj.width, proj.height]).toEqual([1000, 700]);
    // About 48 m a pixel at MapLibre's zoom 10 (512-pixel tiles) in central Germany.
    expect(proj.metresPerPx).toBeGreaterThan(45);
    expect(proj.metresPerPx).toBeLessThan(52);
  });
});
