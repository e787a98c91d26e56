import KDBush from 'kdbush';
import { describe, expect, it } from 'vitest';
import { kdTreeSteps } from './kd-sort';

/** A seeded pseudo-random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Points around Leipzig, many on the same spot (sites of one park share a position). */
function points(n: number, seed = 1) {
  const r = random(seed);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const spot = r() < 0.3;
    lon[i] = spot ? 12.37 : 10 + r() * 5;
    lat[i] = spot ? 51.34 : 50 + r() * 3;
  }
  return { lon, lat };
}

function drain(lon: Float64Array, lat: Float64Array, rowsPerStep = 8192) {
  const steps = kdTreeSteps(lon, lat, rowsPerStep);
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { tree: step.value, pauses };
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the KD-tree built in steps', () => {
  it('finds exactly the points in a box or a radius, as a brute-force scan does', () => {
    const { lon, lat } = points(20_000);
    const { tree } = drain(lon, lat);
    const r = random(7);
    for (let q = 0; q < 50; q++) {
      const [w, s] = [10 + r() * 5, 50 + r() * 3];
      const [e, n] = [w + r() * 0.8, s + r() * 0.5];
      const inBox = [...lon.keys()].filter(
        (i) => lon[i]! >= w && lon[i]! <= e && lat[i]! >= s && lat[i]! <= n,
      );
      expect(sorted(tree.range(w, s, e, n))).toEqual(inBox);
      const radius = r() * 0.3;
      const near = [...lon.keys()].filter((i) => (lon[i]! - w) ** 2 + (lat[i]! - s) ** 2 <= radius ** 2);
      expect(sorted(tree.within(w, s, radius))).toEqual(near);
    }
    // The shared spot: every one of its points, none lost among equal coordinates.
    const atSpot = [...lon.keys()].filter((i) => lon[i] === 12.37 && lat[i] === 51.34);
    expect(sorted(tree.range(12.37, 51.34, 12.37, 51.34))).toEqual(atSpot);
  });

  it('answers like the index KDBush sorts in one go', () => {
    const { lon, lat } = points(5_000, 3);
    const whole = new KDBush(lon.length);
    for (let i = 0; i < lon.length; i++) whole.add(lon[i]!, lat[i]!);
    whole.finish();
    const { tree } = drain(lon, lat, 100);
    expect(sorted(tree.range(11, 50.5, 13, 52))).toEqual(sorted(whole.range(11, 50.5, 13, 52)));
  });

  it('pauses as it sorts 100,000 points instead of sorting them in one go', () => {
    const { lon, lat } = points(100_000);
    const { tree, pauses } = drain(lon, lat, 8192);
    // After each of the first splits (one range of 100,000, two of 50,000, …), then about every
    // 8,192 items once the ranges are smaller than that: 87 with these points.
    expect(pauses).toBeGreaterThan(60);
    expect(tree.numItems).toBe(100_000);
  });

  it('handles no points, one point and fewer than a node', () => {
    for (const n of [0, 1, 63]) {
      const { lon, lat } = points(n);
      const { tree } = drain(lon, lat);
      expect(sorted(tree.range(-180, -90, 180, 90))).toEqual([...Array(n).keys()]);
    }
  });
});
