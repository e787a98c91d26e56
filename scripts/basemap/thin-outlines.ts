/**
 * Thinning of neighbouring polygons' outer rings that keeps their shared borders shared: each
 * ring is cut into arcs where the set of rings a vertex belongs to changes, and every arc is
 * thinned from the same end (the smaller vertex key), so the two rings along a shared border keep
 * the same points and the border is drawn once, not as two lines beside each other.
 */
export type Ring = [number, number][];

const key = ([lon, lat]: [number, number]) => `${lon},${lat}`;

/** Points closer than `minStep` degrees to the last kept one are dropped; an arc keeps both ends. */
function thinArc(arc: Ring, minStep: number): Ring {
  const forward = key(arc[0]!) <= key(arc[arc.length - 1]!);
  const line = forward ? arc : [...arc].reverse();
  const kept: Ring = [line[0]!];
  for (const p of line.slice(1, -1)) {
    const last = kept[kept.length - 1]!;
    if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep) kept.push(p);
  }
  if (line.length > 1) kept.push(line[line.length - 1]!);
  return forward ? kept : kept.reverse();
}

/** For each vertex key, the indices of the rings that hold it, as one string. */
function membership(rings: readonly Ring[]): Map<string, string> {
  const owners = new Map<string, number[]>();
  rings.forEach((ring, r) =>
    ring.forEach((p) => {
      const list = owners.get(key(p)) ?? [];
      if (!list.includes(r)) list.push(r);
      owners.set(key(p), list);
    }),
  );
  return new Map([...owners].map(([k, list]) => [k, list.join('+')]));
}

/** A closed ring (first point = last) thinned arc by arc; fewer than 4 points left: []. */
function thinRing(ring: Ring, owners: Map<string, string>, minStep: number): Ring {
  const open = ring.slice(0, -1);
  const n = open.length;
  const ownerOf = (i: number) => owners.get(key(open[((i % n) + n) % n]!));
  // Arc ends: where the rings sharing a vertex change, on either side of it.
  const ends = open.flatMap((_, i) =>
    ownerOf(i) !== ownerOf(i - 1) || ownerOf(i) !== ownerOf(i + 1) ? [i] : [],
  );
  if (ends.length === 0) ends.push(0);
  const out: Ring = [];
  ends.forEach((start, e) => {
    const stop = e + 1 < ends.length ? ends[e + 1]! : ends[0]! + n;
    const arc = Array.from({ length: stop - start + 1 }, (_, k) => open[(start + k) % n]!);
    out.push(...thinArc(arc, minStep).slice(0, -1));
  });
  out.push(out[0]!);
  return out.length >= 4 ? out : [];
}

/** The rings thinned together (see the module comment), each closed as it came. */
export function thinOutlines(rings: readonly Ring[], minStep: number): Ring[] {
  const owners = membership(rings);
  return rings.map((ring) => thinRing(ring, owners, minStep));
}
