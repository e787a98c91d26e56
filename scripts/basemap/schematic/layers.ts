import type { Feature, LineString, Point, Polygon } from 'geojson';
import { districtFeatures, type District, type GazetteerPlace } from './districts';
import { MOTORWAYS } from './motorways';
import { placeResolver, round, smoothThrough, type LonLat, type Waypoint } from './places-lookup';
import { RAIL_LINES } from './rail-lines';
import { LAKES, RIVERS, type Lake } from './waters';

interface Junction {
  id: string;
  name: string;
  autobahn: string;
  lon: number;
  lat: number;
}
export interface SchematicInputs {
  junctions: Junction[];
  places: GazetteerPlace[];
  districts: District[];
  states: Parameters<typeof districtFeatures>[2];
}

const line = <P>(properties: P, coordinates: LonLat[]): Feature<LineString, P> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});

/** The four files of schematic context, as feature arrays keyed by file name. */
export function schematicLayers(root: string, input: SchematicInputs) {
  const place = placeResolver(root);
  const junction = new Map(input.junctions.map((j) => [j.id, j]));
  const at = (w: Waypoint | `j:${string}`): LonLat => {
    if (typeof w === 'string' && w.startsWith('j:')) {
      const j = junction.get(w.slice(2));
      if (!j) throw new Error(`schematic basemap: no junction ${w}`);
      return [j.lon, j.lat];
    }
    return place(w as Waypoint);
  };
  const motorways = [
    ...MOTORWAYS.map((m) => line({ kind: 'motorway', ref: m.ref }, m.waypoints.map(at).map(round))),
    ...input.junctions.map((j): Feature<Point> => ({
      type: 'Feature',
      properties: { kind: 'junction', name: j.name, ref: j.autobahn },
      geometry: { type: 'Point', coordinates: [j.lon, j.lat] },
    })),
  ];
  const rail = RAIL_LINES.map((r) =>
    line({ kind: 'rail', name: r.name }, smoothThrough(r.stations.map(at), 3)),
  );
  const water = [
    ...RIVERS.map((r) =>
      line({ kind: 'river', name: r.name, rank: r.rank }, smoothThrough(r.course.map(at), 5)),
    ),
    ...LAKES.map(lakePolygon),
  ];
  const districts = districtFeatures(input.places, input.districts, input.states);
  return { motorways, rail, water, districts };
}

function lakePolygon(lake: Lake): Feature<Polygon> {
  const [cx, cy] = lake.center;
  const kmLat = 1 / 111.2;
  const kmLon = kmLat / Math.cos((cy * Math.PI) / 180);
  const a = (lake.angle * Math.PI) / 180;
  const ring: LonLat[] = [];
  for (let k = 0; k <= 24; k++) {
    const t = (2 * Math.PI * (k % 24)) / 24;
    const x = lake.radiiKm[0] * Math.cos(t);
    const y = lake.radiiKm[1] * Math.sin(t);
    const rx = x * Math.cos(a) - y * Math.sin(a);
    const ry = x * Math.sin(a) + y * Math.cos(a);
    ring.push(round([cx + rx * kmLon, cy + ry * kmLat]));
  }
  return {
    type: 'Feature',
    properties: { kind: 'lake', name: lake.name },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}
