import type { Site } from '@/lib/sites/site';

/**
 * How a cluster is drawn, defined once for the live map's layers (site-layers.ts), its preview
 * (map-preview.tsx) and the clustering that keeps plot and hall circles apart (grid-cluster.ts).
 */

/**
 * Where plots and halls cluster at the same place, their circles sit side by side rather than
 * on top of each other (screen pixels), so both counts stay readable.
 */
export const CLUSTER_OFFSET: Record<Site['kind'], [number, number]> = { plot: [-11, 0], hall: [11, 0] };

/** The radius (px) by the square root of the count: 14 px for a pair, 22 at 100, 30 for thousands. */
export const CLUSTER_RADIUS_STOPS: readonly (readonly [sqrtCount: number, px: number])[] = [
  [1.4, 14],
  [10, 22],
  [60, 30],
];

/** A cluster's radius in pixels, as the live map's `interpolate` draws it. */
export function clusterRadius(count: number): number {
  const s = Math.sqrt(count);
  const stops = CLUSTER_RADIUS_STOPS;
  if (s <= stops[0]![0]) return stops[0]![1];
  for (let k = 1; k < stops.length; k++) {
    const [s1, r1] = stops[k]!;
    if (s <= s1) {
      const [s0, r0] = stops[k - 1]!;
      return r0 + ((s - s0) / (s1 - s0)) * (r1 - r0);
    }
  }
  return stops.at(-1)![1];
}

/** Pixels left between a plot's and a hall's circle that would otherwise touch. */
export const CLUSTER_GAP = 2;
