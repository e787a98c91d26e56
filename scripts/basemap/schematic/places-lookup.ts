import { readFileSync } from 'node:fs';

/**
 * Waypoints of the schematic lines: a place name from the GeoNames gazetteer (`data/places.json`
 * for the three Länder, `public/basemap/places.json` for the towns around them), optionally with
 * its Land (`Coswig|SN`), or an explicit `[lon, lat]` where no gazetteer place stands on the line.
 */
export type Waypoint = string | readonly [number, number];
export type LonLat = [number, number];

interface Place {
  name: string;
  state: string;
  lon: number;
  lat: number;
}

function readPlaces(root: string): Place[] {
  const gazetteer = JSON.parse(readFileSync(`${root}/data/places.json`, 'utf8')) as Place[];
  const basemap = JSON.parse(readFileSync(`${root}/public/basemap/places.json`, 'utf8')) as {
    features: { properties: { name: string; state: string }; geometry: { coordinates: LonLat } }[];
  };
  const around = basemap.features.map((f) => ({
    name: f.properties.name,
    state: f.properties.state,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
  return [...gazetteer, ...around.filter((a) => !gazetteer.some((g) => g.name === a.name))];
}

export function placeResolver(root: string): (w: Waypoint) => LonLat {
  const places = readPlaces(root);
  return (w) => {
    if (typeof w !== 'string') return [w[0], w[1]];
    const [name, state] = w.split('|');
    const hits = places.filter((p) => p.name === name && (!state || p.state === state));
    if (hits.length === 0) throw new Error(`schematic basemap: no place "${w}" in the gazetteer`);
    const states = new Set(hits.map((h) => h.state));
    if (states.size > 1) throw new Error(`schematic basemap: "${w}" is ambiguous, add |<Land>`);
    return [hits[0]!.lon, hits[0]!.lat];
  };
}

/**
 * A smooth line through the points (centripetal Catmull-Rom): every waypoint stays a vertex of
 * the line, so a motorway still passes through its junctions.
 */
export function smoothThrough(points: LonLat[], steps = 4): LonLat[] {
  if (points.length < 3) return points.map(round);
  const out: LonLat[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    out.push(round(p1));
    for (let s = 1; s < steps; s++) out.push(round(catmullRom(p0, p1, p2, p3, s / steps)));
  }
  out.push(round(points[points.length - 1]!));
  return out;
}

function catmullRom(p0: LonLat, p1: LonLat, p2: LonLat, p3: LonLat, t: number): LonLat {
  const t2 = t * t;
  const t3 = t2 * t;
  const c = (a: number, b: number, c2: number, d: number) =>
    0.5 * (2 * b + (-a + c2) * t + (2 * a - 5 * b + 4 * c2 - d) * t2 + (-a + 3 * b - 3 * c2 + d) * t3);
  return [c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1])];
}

export const round = ([lon, lat]: LonLat): LonLat => [
  Math.round(lon * 1e5) / 1e5,
  Math.round(lat * 1e5) / 1e5,
];
