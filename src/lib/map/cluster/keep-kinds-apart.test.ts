import { describe, expect, it } from 'vitest';
import { CLUSTER_GAP, CLUSTER_OFFSET } from './cluster-marks';
import { type ClusterMark, keepKindsApart } from './keep-kinds-apart';

/** A cluster drawn with its centre at (x, y) on screen: its mark holds the centre before the kind's offset. */
const drawnAt = (kind: ClusterMark['kind'], x: number, y: number, r = 20): ClusterMark => ({
  kind,
  x: x - CLUSTER_OFFSET[kind][0],
  y: y - CLUSTER_OFFSET[kind][1],
  r,
});
const centre = (m: ClusterMark) =>
  [m.x + CLUSTER_OFFSET[m.kind][0], m.y + CLUSTER_OFFSET[m.kind][1]] as const;
/** How far two drawn circles stay apart (negative: they overlap). */
const clearance = (a: ClusterMark, b: ClusterMark) => {
  const [ax, ay] = centre(a);
  const [bx, by] = centre(b);
  return Math.hypot(ax - bx, ay - by) - a.r - b.r;
};

describe('keepKindsApart', () => {
  it('moves a hall cluster off a plot cluster just far enough, and leaves one already apart alone', () => {
    const plot = drawnAt('plot', 100, 100);
    const near = drawnAt('hall', 110, 100);
    const far = drawnAt('hall', 300, 100);
    keepKindsApart([plot, near, far]);
    expect(clearance(plot, near)).toBeCloseTo(CLUSTER_GAP);
    expect(centre(far)).toEqual([300, 100]);
  });

  it('moves a hall cluster pushed from one plot cluster into another out of both', () => {
    // The hall sits on the left plot; moved right, out of it, it lands on the right plot.
    const left = drawnAt('plot', 100, 100);
    const right = drawnAt('plot', 150, 112);
    const hall = drawnAt('hall', 104, 100);
    keepKindsApart([left, right, hall]);
    expect(clearance(left, hall)).toBeGreaterThanOrEqual(CLUSTER_GAP - 1e-6);
    expect(clearance(right, hall)).toBeGreaterThanOrEqual(CLUSTER_GAP - 1e-6);
  });

  it('never moves plot clusters', () => {
    const plot = drawnAt('plot', 100, 100);
    keepKindsApart([plot, drawnAt('hall', 100, 100)]);
    expect(centre(plot)).toEqual([100, 100]);
  });
});
