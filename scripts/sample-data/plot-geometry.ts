import area from '@turf/area';
import centroid from '@turf/centroid';
import type { Rng } from './prng';

/**
 * Simple plot polygons: a rectangle of the wanted size, its corners pulled inwards a little
 * (quadrilateral) or one corner cut off (pentagon). Every polygon stays inside its bounding
 * rectangle, so plots whose rectangles do not touch never overlap.
 */

/** A [lon, lat] pair. */
export type Position = [number, number];

const M_PER_DEG_LAT = 111_320;
const mPerDegLon = (lat: number) => M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface PlotShape {
  ring: Position[];
  box: Box;
  areaM2: number;
  centroid: { lat: number; lon: number };
}

export const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** Degrees ↔ metres around a latitude (plane approximation, fine at plot scale). */
export function offsetPosition(lat: number, lon: number, eastM: number, northM: number) {
  return { lat: lat + northM / M_PER_DEG_LAT, lon: lon + eastM / mPerDegLon(lat) };
}

export function boxAround(lat: number, lon: number, widthM: number, heightM: number): Box {
  const sw = offsetPosition(lat, lon, -widthM / 2, -heightM / 2);
  const ne = offsetPosition(lat, lon, widthM / 2, heightM / 2);
  return { west: sw.lon, south: sw.lat, east: ne.lon, north: ne.lat };
}

export function boxesTouch(a: Box, b: Box, gapM = 0): boolean {
  const gapLat = gapM / M_PER_DEG_LAT;
  const gapLon = gapM / mPerDegLon((a.south + a.north) / 2);
  return !(
    a.east + gapLon <= b.west ||
    b.east + gapLon <= a.west ||
    a.north + gapLat <= b.south ||
    b.north + gapLat <= a.south
  );
}

/** A closed, counter-clockwise ring of 4 or 5 corners inside `box`, coordinates rounded to `decimals`. */
export function shapeInBox(box: Box, rng: Rng, pentagon: boolean, decimals = 6): PlotShape {
  const scale = 10 ** decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const w = box.east - box.west;
  const h = box.north - box.south;
  const inset = () => rng.float(0, 0.07);
  // Counter-clockwise from south-west: SW, SE, NE, NW; each corner moves inwards a little.
  const corners: Position[] = [
    [box.west + w * inset(), box.south + h * inset()],
    [box.east - w * inset(), box.south + h * inset()],
    [box.east - w * inset(), box.north - h * inset()],
    [box.west + w * inset(), box.north - h * inset()],
  ];
  let ring: Position[] = corners;
  if (pentagon) {
    // Cut one corner: replace it by two points on its adjacent edges.
    const k = rng.int(0, 3);
    const prev = corners[(k + 3) % 4] as Position;
    const here = corners[k] as Position;
    const next = corners[(k + 1) % 4] as Position;
    const t1 = rng.float(0.15, 0.35);
    const t2 = rng.float(0.15, 0.35);
    const a: Position = [here[0] + (prev[0] - here[0]) * t1, here[1] + (prev[1] - here[1]) * t1];
    const b: Position = [here[0] + (next[0] - here[0]) * t2, here[1] + (next[1] - here[1]) * t2];
    ring = [...corners.slice(0, k), a, b, ...corners.slice(k + 1)];
  }
  const closed = [...ring, ring[0] as Position].map(([x, y]): Position => [round(x), round(y)]);
  const polygon = { type: 'Polygon' as const, coordinates: [closed] };
  const [cLon, cLat] = centroid(polygon).geometry.coordinates as [number, number];
  return { ring: closed, box, areaM2: area(polygon), centroid: { lat: round5(cLat), lon: round5(cLon) } };
}

/** Width and height in metres of a rectangle of `areaM2` with the given aspect (width / height). */
export function rectangleFor(areaM2: number, aspect: number) {
  const heightM = Math.sqrt(areaM2 / aspect);
  return { widthM: heightM * aspect, heightM };
}

/**
 * Places a rectangle of the given size near (lat, lon) so that it touches none of `taken`
 * (kept at least `gapM` apart). Tries random spots in a disc that widens slowly; returns null
 * when no free spot is found.
 */
export function placeBox(
  lat: number,
  lon: number,
  widthM: number,
  heightM: number,
  taken: readonly Box[],
  rng: Rng,
  radiusM: number,
  gapM = 25,
): Box | null {
  let radius = radiusM;
  for (let attempt = 0; attempt < 2000; attempt++) {
    if (attempt > 0 && attempt % 250 === 0) radius *= 1.15;
    const angle = rng.float(0, 2 * Math.PI);
    const distance = radius * Math.sqrt(rng.next());
    const at = offsetPosition(lat, lon, distance * Math.cos(angle), distance * Math.sin(angle));
    const box = boxAround(at.lat, at.lon, widthM, heightM);
    if (!taken.some((t) => boxesTouch(t, box, gapM))) return box;
  }
  return null;
}
