/** A marker's place on a static map: where it is drawn, and where its site is. */
export interface SpreadMarker {
  at: [number, number];
  site: [number, number];
}

/** Room between two markers set apart, in pixels. */
const GAP = 3;

/**
 * Markers of radius `r` at `points` (in their numbers' order) that would overlap are set apart:
 * each group of markers that touch one another (directly or through others) is laid out on a
 * small ring around the group's centre, each on its own side, inside a `size`×`size` map. Every
 * marker keeps where its site is (`site`): for one set apart, the end of its leader line; for
 * the others, where it is drawn (`at` equals `site`).
 */
export function spreadMarkers(points: readonly [number, number][], r: number, size: number): SpreadMarker[] {
  const out = points.map((p): SpreadMarker => ({ at: p, site: p }));
  for (const group of touchingGroups(points, 2 * r))
    if (group.length > 1) ringAround(group, points, r, size).forEach((at, k) => (out[group[k]!]!.at = at));
  return out;
}

/** Places for a group's markers (in the group's order) on a ring around its centre, inside the map. */
function ringAround(group: number[], points: readonly [number, number][], r: number, size: number) {
  const cx = group.reduce((s, i) => s + points[i]![0], 0) / group.length;
  const cy = group.reduce((s, i) => s + points[i]![1], 0) / group.length;
  // Neighbours on the ring are 2r + GAP apart (the chord of one step).
  const ring = (2 * r + GAP) / (2 * Math.sin(Math.PI / group.length));
  const inside = (v: number, margin: number) => Math.min(size - margin, Math.max(margin, v));
  const [x0, y0] = [inside(cx, r + ring), inside(cy, r + ring)];
  // Each keeps its side of the group: the ring's places go round in the order of the sites' own
  // directions from the centre, starting at the first one's.
  const direction = group.map((i) => Math.atan2(points[i]![1] - cy, points[i]![0] - cx));
  const order = group.map((_, k) => k).sort((a, b) => direction[a]! - direction[b]!);
  const places: [number, number][] = [];
  order.forEach((k, step) => {
    const angle = direction[order[0]!]! + (2 * Math.PI * step) / group.length;
    places[k] = [inside(x0 + ring * Math.cos(angle), r), inside(y0 + ring * Math.sin(angle), r)];
  });
  return places;
}

/** Indices of the points in groups whose members lie closer than `distance` to another member, each in order. */
function touchingGroups(points: readonly [number, number][], distance: number): number[][] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      if (Math.hypot(a[0] - b[0], a[1] - b[1]) < distance) parent[root(j)] = root(i);
    }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const g = groups.get(root(i));
    if (g) g.push(i);
    else groups.set(root(i), [i]);
  });
  return [...groups.values()];
}
