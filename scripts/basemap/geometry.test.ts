// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  clipLine,
  clipRing,
  ringArea,
  roundLine,
  simplifyLine,
  simplifyRing,
  type Ring,
} from './geometry.ts';

const square: Ring = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];

describe('basemap geometry helpers', () => {
  it('clips a ring to a box and keeps it closed', () => {
    const clipped = clipRing(square, [2, 1, 10, 3]);
    expect(clipped).not.toBeNull();
    expect(clipped![0]).toEqual(clipped![clipped!.length - 1]);
    expect(Math.abs(ringArea(clipped!))).toBeCloseTo(4);
    expect(clipRing(square, [5, 5, 6, 6])).toBeNull();
  });

  it('cuts a line at the box edges into the parts inside', () => {
    const parts = clipLine(
      [
        [-1, 1],
        [1, 1],
        [1, 5],
        [2, 5],
        [2, 1],
      ],
      [0, 0, 3, 3],
    );
    expect(parts).toEqual([
      [
        [0, 1],
        [1, 1],
        [1, 3],
      ],
      [
        [2, 3],
        [2, 1],
      ],
    ]);
  });

  it('simplifies lines and rings within the tolerance', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
    const wobbly: Ring = [
      [0, 0],
      [2, 0.001],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const ring = simplifyRing(wobbly, 0.01);
    expect(ring).toHaveLength(5);
    expect(ring![0]).toEqual(ring![4]);
    expect(
      simplifyRing(
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
        0,
      ),
    ).toBeNull();
  });

  it('rounds coordinates and drops the duplicates rounding makes', () => {
    expect(
      roundLine(
        [
          [12.12346, 51.000001],
          [12.12349, 51.000004],
          [12.2, 51.1],
        ],
        4,
      ),
    ).toEqual([
      [12.1235, 51],
      [12.2, 51.1],
    ]);
  });
});
