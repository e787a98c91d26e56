/** Country outlines, borders and label points from world-atlas (Natural Earth admin 0). */
import { OFFLINE_BASEMAP_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import type { SourceFolder } from './io.ts';
import {
  bboxIntersects,
  bboxOf,
  clipLine,
  clipRing,
  pointInRing,
  ringArea,
  ringCentroid,
  roundLine,
  simplifyLine,
  simplifyRing,
  type BBox,
  type PolygonCoords,
  type Position,
  type Ring,
} from './geometry.ts';

/** The part of Europe the basemap covers: central Germany and a margin wide enough for a large screen at zoom 6. */
export const COUNTRY_CLIP_BOX: BBox = OFFLINE_BASEMAP_BOUNDS;

/** ISO numeric → alpha-3 and German name for the countries that reach into the box. */
const COUNTRY_NAMES: Record<string, { iso: string; de: string }> = {
  '276': { iso: 'DEU', de: 'Deutschland' },
  '616': { iso: 'POL', de: 'Polen' },
  '203': { iso: 'CZE', de: 'Tschechien' },
  '040': { iso: 'AUT', de: 'Österreich' },
  '756': { iso: 'CHE', de: 'Schweiz' },
  '250': { iso: 'FRA', de: 'Frankreich' },
  '056': { iso: 'BEL', de: 'Belgien' },
  '528': { iso: 'NLD', de: 'Niederlande' },
  '442': { iso: 'LUX', de: 'Luxemburg' },
  '208': { iso: 'DNK', de: 'Dänemark' },
  '438': { iso: 'LIE', de: 'Liechtenstein' },
  '703': { iso: 'SVK', de: 'Slowakei' },
  '348': { iso: 'HUN', de: 'Ungarn' },
  '380': { iso: 'ITA', de: 'Italien' },
  '752': { iso: 'SWE', de: 'Schweden' },
  '643': { iso: 'RUS', de: 'Russland' },
  '440': { iso: 'LTU', de: 'Litauen' },
  '705': { iso: 'SVN', de: 'Slowenien' },
  '191': { iso: 'HRV', de: 'Kroatien' },
  '428': { iso: 'LVA', de: 'Lettland' },
  '112': { iso: 'BLR', de: 'Belarus' },
  '804': { iso: 'UKR', de: 'Ukraine' },
  '642': { iso: 'ROU', de: 'Rumänien' },
  '688': { iso: 'SRB', de: 'Serbien' },
  '826': { iso: 'GBR', de: 'Vereinigtes Königreich' },
  '578': { iso: 'NOR', de: 'Norwegen' },
  '070': { iso: 'BIH', de: 'Bosnien und Herzegowina' },
  '674': { iso: 'SMR', de: 'San Marino' },
};

interface TopoFeature {
  id?: string | number;
  properties?: { name?: string };
  geometry: { type: string; coordinates: unknown } | null;
}
interface TopojsonClient {
  feature(topology: unknown, object: unknown): { features: TopoFeature[] };
  mesh(
    topology: unknown,
    object: unknown,
    filter?: (a: unknown, b: unknown) => boolean,
  ): { coordinates: Position[][] };
}
interface Topology {
  objects: { countries: unknown };
}

export interface CountryOptions {
  resolution: '10m' | '50m';
  /** Douglas-Peucker tolerance in degrees. */
  tolerance: number;
  decimals: number;
}

type Feature =
  | {
      type: 'Feature';
      properties: Record<string, string>;
      geometry: { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
    }
  | {
      type: 'Feature';
      properties: Record<string, string>;
      geometry: { type: 'MultiLineString'; coordinates: Position[][] };
    }
  | {
      type: 'Feature';
      properties: Record<string, string>;
      geometry: { type: 'Point'; coordinates: Position };
    };

function polygonsOf(geometry: TopoFeature['geometry']): PolygonCoords[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoords];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonCoords[];
  return [];
}

/** A point inside the ring: its centroid if inside, else the middle of the widest span at that latitude. */
export function labelPoint(ring: Ring): Position {
  const c = ringCentroid(ring);
  if (pointInRing(c, ring)) return c;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > c[1] !== yj > c[1]) xs.push(xi + ((c[1] - yi) * (xj - xi)) / (yj - yi));
  }
  xs.sort((a, b) => a - b);
  let best: Position = ring[0]!;
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1]! - xs[k]! > width) {
      width = xs[k + 1]! - xs[k]!;
      best = [(xs[k]! + xs[k + 1]!) / 2, c[1]];
    }
  }
  return best;
}

export function buildCountries(
  src: SourceFolder,
  opts: CountryOptions,
): { type: 'FeatureCollection'; features: Feature[] } {
  const topojson = src.load('topojson-client') as TopojsonClient;
  const topology = src.readJson('world-atlas', `countries-${opts.resolution}.json`) as Topology;
  const box = COUNTRY_CLIP_BOX;
  const finishRing = (ring: Ring): Ring | null => {
    const simplified = simplifyRing(ring, opts.tolerance);
    if (!simplified) return null;
    const rounded = roundLine(simplified, opts.decimals);
    return rounded.length >= 4 ? rounded : null;
  };

  const shapes: Feature[] = [];
  const labels: Feature[] = [];
  for (const f of topojson.feature(topology, topology.objects.countries).features) {
    const polys = polygonsOf(f.geometry).filter((p) => p[0] && bboxIntersects(bboxOf(p[0]), box));
    if (!polys.length) continue;
    const id = String(f.id ?? '');
    const info = COUNTRY_NAMES[id];
    const nameEn = f.properties?.name ?? id;
    const clipped: PolygonCoords[] = [];
    for (const poly of polys) {
      const rings = poly.map((r) => clipRing(r, box)).map((r) => (r ? finishRing(r) : null));
      const outer = rings[0];
      if (!outer) continue;
      clipped.push([outer, ...rings.slice(1).filter((r): r is Ring => r !== null)]);
    }
    if (!clipped.length) continue;
    const properties = {
      kind: 'country',
      iso: info?.iso ?? id,
      name: info?.de ?? nameEn,
      name_de: info?.de ?? nameEn,
      name_en: nameEn,
    };
    shapes.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: clipped } });

    const largest = clipped
      .map((p) => p[0]!)
      .sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0]!;
    if (properties.iso !== 'DEU' && Math.abs(ringArea(largest)) >= 1) {
      const [x, y] = labelPoint(largest);
      labels.push({
        type: 'Feature',
        properties: { ...properties, kind: 'label' },
        geometry: { type: 'Point', coordinates: [Number(x.toFixed(3)), Number(y.toFixed(3))] },
      });
    }
  }

  const mesh = topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const borders: Position[][] = [];
  for (const line of mesh.coordinates) {
    if (!bboxIntersects(bboxOf(line), box)) continue;
    for (const part of clipLine(line, box)) {
      const rounded = roundLine(simplifyLine(part, opts.tolerance), opts.decimals);
      if (rounded.length >= 2) borders.push(rounded);
    }
  }
  const borderFeature: Feature = {
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: { type: 'MultiLineString', coordinates: borders },
  };
  return { type: 'FeatureCollection', features: [...shapes, borderFeature, ...labels] };
}
