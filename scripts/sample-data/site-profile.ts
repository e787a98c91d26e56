import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm, roundKm, type LatLon } from '../../src/lib/geo/nearest-point';

/**
 * The place around a site, from open data: population within 30 and 60 km (a labour-catchment
 * indicator), the nearest larger towns, and the district's population and area.
 *
 * Populations come from the GeoNames places in data/places.json. Several GeoNames places can share
 * one municipality key (a town and its quarters); per key only the largest counts, so a city is
 * not counted twice.
 */

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export const CATCHMENT_NEAR_KM = 30;
export const CATCHMENT_FAR_KM = 60;
/** A "larger town" has at least this many inhabitants. */
export const LARGER_TOWN_MIN_POPULATION = 20_000;
export const NEAREST_TOWNS = 3;

export interface Place extends LatLon {
  name: string;
  ags: string;
  population: number;
}

export interface District {
  key: string;
  name: string;
  population: number;
  area_km2: number;
}

export interface SiteProfile {
  pop_30km: number;
  pop_60km: number;
  nearest_towns: { name: string; population: number; km: number }[];
  district_population: number | null;
  district_area_km2: number | null;
}

export const loadPlaces = (): Place[] =>
  JSON.parse(readFileSync(join(DATA_DIR, 'places.json'), 'utf8')) as Place[];

export const loadDistricts = (): District[] =>
  JSON.parse(readFileSync(join(DATA_DIR, 'districts.json'), 'utf8')) as District[];

/** The largest place of each municipality key, in a stable order. */
export function municipalityPlaces(places: readonly Place[]): Place[] {
  const best = new Map<string, Place>();
  for (const p of places) {
    const hit = best.get(p.ags);
    if (!hit || p.population > hit.population) best.set(p.ags, p);
  }
  return [...best.values()].sort((a, b) => a.ags.localeCompare(b.ags) || a.name.localeCompare(b.name));
}

export function siteProfile(
  site: LatLon & { ags: string | null },
  places: readonly Place[],
  districts: readonly District[],
): SiteProfile {
  const withKm = places.map((p) => ({ p, km: distanceKm(site, p) }));
  const within = (r: number) => withKm.filter((x) => x.km <= r).reduce((s, x) => s + x.p.population, 0);
  const towns = withKm
    .filter((x) => x.p.population >= LARGER_TOWN_MIN_POPULATION)
    .sort((a, b) => a.km - b.km || a.p.name.localeCompare(b.p.name))
    .slice(0, NEAREST_TOWNS)
    .map((x) => ({ name: x.p.name, population: x.p.population, km: roundKm(x.km) }));
  const district = site.ags ? districts.find((d) => d.key === site.ags!.slice(0, 5)) : undefined;
  return {
    pop_30km: within(CATCHMENT_NEAR_KM),
    pop_60km: within(CATCHMENT_FAR_KM),
    nearest_towns: towns,
    district_population: district?.population ?? null,
    district_area_km2: district?.area_km2 ?? null,
  };
}

/** Adds the profile to every site feature's properties (a new object; the input stays as it is). */
export function withProfiles<
  F extends { properties: { lat: number | string; lon: number | string; ags?: string | null } },
>(
  features: readonly F[],
  places: readonly Place[] = municipalityPlaces(loadPlaces()),
  districts: readonly District[] = loadDistricts(),
): F[] {
  return features.map((f) => {
    const { lat, lon, ags } = f.properties;
    const profile = siteProfile({ lat: Number(lat), lon: Number(lon), ags: ags ?? null }, places, districts);
    return { ...f, properties: { ...f.properties, ...profile } };
  });
}
