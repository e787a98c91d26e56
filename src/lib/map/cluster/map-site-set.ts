import type { Site } from '@/lib/sites/site';

/**
 * The loaded sites as the map needs them: positions as typed columns (degrees and Web
 * Mercator 0…1), built once per dataset. Results are handed to the map as indices into it.
 */
export interface MapSiteSet {
  sites: readonly Site[];
  lon: Float64Array;
  lat: Float64Array;
  /** Web Mercator x, y in 0…1 (north-west origin). */
  x: Float64Array;
  y: Float64Array;
  /** 1 for a hall, 0 for a plot. */
  isHall: Uint8Array;
  /** Site key → index (built on first use: selecting or hovering a site). */
  readonly indexOf: ReadonlyMap<string, number>;
}

export const projectLon = (lon: number): number => (lon + 180) / 360;

export function projectLat(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

/** Degrees of longitude at Web Mercator x (0…1). */
export const unprojectX = (x: number): number => x * 360 - 180;

/** Degrees of latitude at Web Mercator y (0…1, north-west origin). */
export const unprojectY = (y: number): number =>
  (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Position and kind columns a caller may already hold (the filter engine's index does). */
export interface SiteColumns {
  lon: Float64Array;
  lat: Float64Array;
  isHall: Uint8Array;
}

function columnsOf(sites: readonly Site[]): SiteColumns {
  return {
    lon: Float64Array.from(sites, (s) => s.lon),
    lat: Float64Array.from(sites, (s) => s.lat),
    isHall: Uint8Array.from(sites, (s) => (s.kind === 'hall' ? 1 : 0)),
  };
}

/** The map's columns for `sites`, reusing `columns` (same order as `sites`) when given. */
export function buildMapSiteSet(sites: readonly Site[], columns: SiteColumns = columnsOf(sites)): MapSiteSet {
  const { lon, lat, isHall } = columns;
  // At 100,000 sites the key map took ~30 ms of the first render of the results.
  let indexOf: Map<string, number> | undefined;
  return {
    sites,
    lon,
    lat,
    x: lon.map(projectLon),
    y: lat.map(projectLat),
    isHall,
    get indexOf() {
      return (indexOf ??= new Map(sites.map((s, i) => [s.key, i])));
    },
  };
}
