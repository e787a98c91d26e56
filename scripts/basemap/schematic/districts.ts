import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { Delaunay } from 'd3-delaunay';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { round, type LonLat } from './places-lookup';
import { isCityKey as isCity } from '../../../src/features/search/places/districts';

/**
 * Approximate district (Kreis) boundaries. No package carries their geometry, so each of the
 * 1,145 GeoNames places of the three Länder gets its Voronoi cell, the cell belongs to the
 * district of the place's municipality key (AGS), and the boundary is drawn where two cells of
 * different districts of the same Land meet, clipped to that Land's outline. Good to a few km.
 */
export interface GazetteerPlace {
  name: string;
  ags: string;
  state: string;
  lon: number;
  lat: number;
  population: number;
}
export interface District {
  key: string;
  name: string;
}
type StateShape = Feature<Polygon | MultiPolygon, { code: string }>;

/** Cut pieces of about this length (degrees) when clipping a cell edge to its Land. */
const PIECE_DEG = 0.004;

export function districtFeatures(places: GazetteerPlace[], districts: District[], states: StateShape[]) {
  const delaunay = Delaunay.from(
    places,
    (p) => p.lon,
    (p) => p.lat,
  );
  const voronoi = delaunay.voronoi([9, 49.5, 16, 53.8]);
  const shapeOf = new Map(states.map((s) => [s.properties.code, s]));
  const lines: Feature<LineString, { kind: 'boundary' }>[] = [];
  places.forEach((place, i) => {
    const cell = voronoi.cellPolygon(i) as LonLat[] | null;
    if (!cell) return;
    for (let k = 0; k < cell.length - 1; k++) {
      const j = neighbourAcross(delaunay, places, i, cell[k]!, cell[k + 1]!);
      if (j === undefined || j < i) continue;
      const other = places[j]!;
      if (other.state !== place.state || other.ags.slice(0, 5) === place.ags.slice(0, 5)) continue;
      const shape = shapeOf.get(place.state);
      if (!shape) continue;
      for (const coords of clipToShape(cell[k]!, cell[k + 1]!, shape))
        lines.push({
          type: 'Feature',
          properties: { kind: 'boundary' },
          geometry: { type: 'LineString', coordinates: coords },
        });
    }
  });
  return [...lines, ...districtLabels(places, districts)];
}

function neighbourAcross(
  delaunay: Delaunay<GazetteerPlace>,
  places: GazetteerPlace[],
  i: number,
  a: LonLat,
  b: LonLat,
): number | undefined {
  const m: LonLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const d = (p: GazetteerPlace) => Math.hypot(p.lon - m[0], p.lat - m[1]);
  const own = d(places[i]!);
  let best: number | undefined;
  let bestGap = Infinity;
  for (const j of delaunay.neighbors(i)) {
    const gap = Math.abs(d(places[j]!) - own);
    if (gap < bestGap) [best, bestGap] = [j, gap];
  }
  return bestGap < 1e-6 ? best : undefined;
}

function clipToShape(a: LonLat, b: LonLat, shape: StateShape): LonLat[][] {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / PIECE_DEG));
  const at = (t: number): LonLat => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const runs: LonLat[][] = [];
  let run: LonLat[] | null = null;
  for (let s = 0; s < n; s++) {
    const inside = booleanPointInPolygon(at((s + 0.5) / n), shape);
    if (inside) {
      // The pieces of one edge are collinear: a run needs only its two ends.
      run ??= [round(at(s / n)), round(at(s / n))];
      run[1] = round(at((s + 1) / n));
    } else if (run) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** A district's label at the mean position of its places; cities are named by the town labels. */
function districtLabels(places: GazetteerPlace[], districts: District[]) {
  return districts
    .filter((d) => !isCity(d.key))
    .map(
      (d): Feature<Point, { kind: 'label'; key: string; name: string; name_de: string; name_en: string }> => {
        const members = places.filter((p) => p.ags.startsWith(d.key));
        const lon = members.reduce((s, p) => s + p.lon, 0) / members.length;
        const lat = members.reduce((s, p) => s + p.lat, 0) / members.length;
        const proper = /kreis|Land$/i.test(d.name);
        return {
          type: 'Feature',
          properties: {
            kind: 'label',
            key: d.key,
            name: d.name,
            name_de: proper ? d.name : `Landkreis ${d.name}`,
            name_en: proper ? d.name : `${d.name} district`,
          },
          geometry: { type: 'Point', coordinates: round([lon, lat]) },
        };
      },
    );
}

/** Kreisfreie Städte (the app's one definition). */
export { isCityKey as isCity } from '../../../src/features/search/places/districts';
