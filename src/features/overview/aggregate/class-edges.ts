/**
 * Class edges of the overview: each class is `lower ≤ value < upper`, the last one open.
 * Areas in m², plot prices in €/m², hall rents in €/m² per month.
 */
export const SIZE_EDGES = {
  plots: [0, 10_000, 50_000, 100_000, 500_000],
  halls: [0, 2_000, 10_000, 50_000],
} as const;

export const PRICE_EDGES = {
  plots: [0, 20, 40, 60, 80, 100],
  halls: [0, 4, 5, 6, 7],
} as const;

/** The class of `value` among `edges` (edges[0] is the lowest lower bound), or -1 below it / unknown. */
export function classOf(edges: readonly number[], value: number): number {
  if (!(value >= edges[0]!)) return -1;
  let c = 0;
  while (c + 1 < edges.length && value >= edges[c + 1]!) c++;
  return c;
}

/**
 * Prices are given in whole cents and `price_max`/`rent_max` are inclusive, so the class
 * `lower ≤ p < upper` is the URL range `lower … upper − 0.01`. Areas are whole m²: `upper − 1`.
 */
export const lastCentBelow = (upper: number): number => Math.round(upper * 100 - 1) / 100;
