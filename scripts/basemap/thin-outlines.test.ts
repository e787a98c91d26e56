import { describe, expect, it } from 'vitest';
import { type Ring, thinOutlines } from './thin-outlines';

/** Points along a wiggly north-south border at x = 1, every 0.01 from y = 0 to y = 0.97. */
const border: Ring = Array.from({ length: 98 }, (_, i) => [1 + (i % 2) * 0.002, i / 100]);
// West of it runs the border south to north, east of it north to south: as two rings do.
const west: Ring = [[0, 0], ...border.slice(1, -1), [1, 0.97], [0, 0.97], [0, 0]];
west.splice(1, 0, [1, 0]);
const east: Ring = [[1, 0], [2, 0], [2, 0.97], [1, 0.97], ...[...border].reverse().slice(1, -1), [1, 0]];

const onBorder = (ring: Ring) => ring.filter(([x, y]) => x >= 1 && x < 1.01 && y > 0 && y < 0.97);

describe('thinOutlines', () => {
  it('keeps the same points on a border both rings share, whichever way each runs along it', () => {
    const [w, e] = thinOutlines([west, east], 0.035);
    expect(onBorder(w!).length).toBeGreaterThan(5);
    expect(onBorder(w!).length).toBeLessThan(30);
    expect(onBorder(w!)).toEqual([...onBorder(e!)].reverse());
  });

  it('keeps the corners where the rings meet, and closes each ring', () => {
    const [w, e] = thinOutlines([west, east], 0.035);
    for (const ring of [w!, e!]) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring).toContainEqual([1, 0]);
      expect(ring).toContainEqual([1, 0.97]);
    }
  });

  it('drops a ring thinned to fewer than four points', () => {
    expect(
      thinOutlines(
        [
          [
            [0, 0],
            [0.001, 0],
            [0.001, 0.001],
            [0, 0],
          ],
        ],
        0.05,
      ),
    ).toEqual([[]]);
  });
});
