import type { Site } from '@/lib/sites/site';
import { CLUSTER_GAP, CLUSTER_OFFSET } from './cluster-marks';

/** A cluster as drawn: its centre in world pixels at the clustering's zoom (before its kind's offset) and radius. */
export interface ClusterMark {
  kind: Site['kind'];
  x: number;
  y: number;
  r: number;
}

const BUCKET_PX = 64;
/** Buckets searched each way: two circles of 30 px, their offsets and the gap span less than 2 × 64 px. */
const REACH = 2;
const bucketOf = (x: number, y: number) => Math.floor(y / BUCKET_PX) * 1_048_576 + Math.floor(x / BUCKET_PX);

/** Rounds of moving one hall cluster aside: one is enough unless it sits between plot clusters. */
const MAX_ROUNDS = 8;

/**
 * Moves each hall cluster whose circle, drawn at its kind's offset, would overlap a plot
 * cluster's circle just far enough away from it along the line between them (to the right where
 * they coincide), so both counts stay readable. The side-by-side offset alone separates only
 * clusters at the same place. A hall cluster moved away from one plot cluster into another is
 * moved again, for up to `MAX_ROUNDS` rounds. Zoomed in further than the clustering's zoom,
 * centres only move apart, so it holds until the next clustering.
 */
export function keepKindsApart(marks: ClusterMark[]): void {
  const plots = new Map<number, ClusterMark[]>();
  for (const m of marks) {
    if (m.kind !== 'plot') continue;
    const key = bucketOf(m.x, m.y);
    const bucket = plots.get(key);
    if (bucket) bucket.push(m);
    else plots.set(key, [m]);
  }
  if (plots.size === 0) return;
  for (const hall of marks) {
    if (hall.kind !== 'hall') continue;
    for (let round = 0; round < MAX_ROUNDS && moveAside(hall, plots); round++);
  }
}

/** One round for `hall` against the plot clusters near it: whether it had to move. */
function moveAside(hall: ClusterMark, plots: ReadonlyMap<number, ClusterMark[]>): boolean {
  const [hx, hy] = CLUSTER_OFFSET.hall;
  const [px, py] = CLUSTER_OFFSET.plot;
  const centre = bucketOf(hall.x, hall.y);
  let moved = false;
  for (let dy = -REACH; dy <= REACH; dy++)
    for (let dx = -REACH; dx <= REACH; dx++)
      for (const plot of plots.get(centre + dy * 1_048_576 + dx) ?? []) {
        const ex = hall.x + hx - (plot.x + px);
        const ey = hall.y + hy - (plot.y + py);
        const need = hall.r + plot.r + CLUSTER_GAP;
        const d = Math.hypot(ex, ey);
        // A hair under `need` counts as apart: a circle moved to touch another is not moved again.
        if (d >= need - 1e-6) continue;
        const [ux, uy] = d < 1e-6 ? [1, 0] : [ex / d, ey / d];
        hall.x += ux * (need - d);
        hall.y += uy * (need - d);
        moved = true;
      }
  return moved;
}
