import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './spread-markers';

const R = 11;
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('spreadMarkers', () => {
  it('leaves markers that do not touch where their sites are', () => {
    const points: [number, number][] = [
      [50, 50],
      [100, 50],
      [300, 300],
    ];
    expect(spreadMarkers(points, R, 400)).toEqual(points.map((p) => ({ at: p, site: p })));
  });

  it('sets markers that would cover one another apart, around where they are, and keeps their sites', () => {
    // Two plots of one park 8 px apart, a hall far away.
    const points: [number, number][] = [
      [200, 200],
      [205, 206],
      [50, 350],
    ];
    const spread = spreadMarkers(points, R, 400);
    expect(distance(spread[0]!.at, spread[1]!.at)).toBeGreaterThanOrEqual(2 * R);
    expect(spread.map((m) => m.site)).toEqual(points);
    // Near where they are: within a marker's width of their sites.
    for (const m of spread.slice(0, 2)) expect(distance(m.at, m.site)).toBeLessThan(2 * R);
    // Each keeps its side: the second site lies south-east of the first, and so does its marker.
    expect(spread[0]!.at[0]).toBeLessThan(spread[1]!.at[0]);
    expect(spread[0]!.at[1]).toBeLessThan(spread[1]!.at[1]);
    expect(spread[2]).toEqual({ at: [50, 350], site: [50, 350] });
  });

  it('sets a chain of touching markers apart as one group, every pair clear, inside the map', () => {
    const points: [number, number][] = [
      [5, 5],
      [12, 8],
      [20, 10],
      [28, 12],
    ];
    const spread = spreadMarkers(points, R, 400);
    for (let i = 0; i < spread.length; i++)
      for (let j = i + 1; j < spread.length; j++)
        expect(distance(spread[i]!.at, spread[j]!.at)).toBeGreaterThanOrEqual(2 * R);
    for (const { at } of spread) for (const v of at) expect(v).toBeGreaterThanOrEqual(R);
  });
});
