/** Small planar geometry helpers for lon/lat data: rounding, Douglas-Peucker, box clipping. */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];
export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Rounds every position and drops consecutive duplicates that rounding creates. */
export function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const [x, y] of line) {
    const p: Position = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return Math.sqrt(ex * ex + ey * ey);
}

/** Douglas-Peucker for an open line; keeps both ends. Iterative, so long lines are fine. */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (tolerance <= 0 || line.length <= 2) return line.slice();
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(line[i]!, line[first]!, line[last]!);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index !== -1 && maxDist > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Simplifies a closed ring, splitting it at its farthest point so the result stays a ring. */
export function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  if (tolerance <= 0) return ring.length >= 4 ? ring.slice() : null;
  const open = ring.slice(0, -1);
  if (open.length < 3) return null;
  const start = open[0]!;
  let far = 0;
  let farDist = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i]![0] - start[0], open[i]![1] - start[1]);
    if (d > farDist) {
      farDist = d;
      far = i;
    }
  }
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), start], tolerance);
  const out = [...a, ...b.slice(1)];
  return out.length >= 4 ? out : null;
}

/** Signed area in square degrees (positive for counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

export function ringCentroid(ring: Ring): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

export function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function bboxOf(coords: Position[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of coords) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Sutherland-Hodgman clipping of a closed ring against a box. Returns null if nothing is left. */
export function clipRing(ring: Ring, box: BBox): Ring | null {
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const atX =
    (x: number) =>
    (a: Position, b: Position): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= box[0], cut: atX(box[0]) },
    { inside: (p) => p[0] <= box[2], cut: atX(box[2]) },
    { inside: (p) => p[1] >= box[1], cut: atY(box[1]) },
    { inside: (p) => p[1] <= box[3], cut: atY(box[3]) },
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    if (!points.length) break;
    const input = points;
    points = [];
    let prev = input[input.length - 1]!;
    for (const cur of input) {
      const curIn = edge.inside(cur);
      const prevIn = edge.inside(prev);
      if (curIn) {
        if (!prevIn) points.push(edge.cut(prev, cur));
        points.push(cur);
      } else if (prevIn) {
        points.push(edge.cut(prev, cur));
      }
      prev = cur;
    }
  }
  if (points.length < 3) return null;
  return [...points, points[0]!];
}

/** Cuts an open line at a box's edges (Liang-Barsky per segment); returns the parts inside. */
export function clipLine(line: Position[], box: BBox): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  const flush = () => {
    if (current.length >= 2) parts.push(current);
    current = [];
  };
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    const checks: Array<[number, number]> = [
      [-dx, a[0] - box[0]],
      [dx, box[2] - a[0]],
      [-dy, a[1] - box[1]],
      [dy, box[3] - a[1]],
    ];
    let visible = true;
    for (const [p, q] of checks) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
      if (t0 > t1) visible = false;
    }
    if (!visible) {
      flush();
      continue;
    }
    const start: Position = [a[0] + t0 * dx, a[1] + t0 * dy];
    const end: Position = [a[0] + t1 * dx, a[1] + t1 * dy];
    if (t0 > 0) flush();
    if (!current.length) current.push(start);
    current.push(end);
    if (t1 < 1) flush();
  }
  flush();
  return parts;
}
