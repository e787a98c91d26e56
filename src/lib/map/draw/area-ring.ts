/**
 * A drawn search area as the URL's `poly` parameter holds it: an open ring of `[lon, lat]`
 * pairs (no repeated closing vertex), 5 decimals, at least 3 and at most 100 vertices.
 */
export const MAX_AREA_VERTICES = 100;

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** A GeoJSON ring (closed or not) → the URL's ring, or null when fewer than 3 vertices remain. */
export function toAreaRing(ring: readonly (readonly number[])[]): [number, number][] | null {
  const out: [number, number][] = [];
  for (const p of ring) {
    const v: [number, number] = [round5(p[0]!), round5(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== v[0] || last[1] !== v[1]) out.push(v);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  if (out.length < 3) return null;
  if (out.length <= MAX_AREA_VERTICES) return out;
  // Too detailed for a link: keep vertices evenly spread along the ring.
  const step = out.length / MAX_AREA_VERTICES;
  return Array.from({ length: MAX_AREA_VERTICES }, (_, k) => out[Math.floor(k * step)]!);
}

/** The URL's ring → a closed GeoJSON polygon. */
export function toAreaPolygon(ring: readonly [number, number][]): GeoJSON.Polygon {
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}
