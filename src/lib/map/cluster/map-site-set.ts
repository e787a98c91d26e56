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
  /** Site key → index. */
  indexOf: ReadonlyMap<string, number>;
}

export const projectLon = (lon: number): number => (lon + 180) / 360;

export function projectLat(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

export function buildMapSiteSet(sites: readonly Site[]): MapSiteSet {
  const n = sites.length;
  const set: MapSiteSet = {
    sites,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    isHall: new Uint8Array(n),
    indexOf: new Map(sites.map((s, i) => [s.key, i])),
  };
  for (let i = 0; i < n; i++) {
    const s = sites[i]!;
    set.lon[i] = s.lon;
    set.lat[i] = s.lat;
    set.x[i] = projectLon(s.lon);
    set.y[i] = projectLat(s.lat);
    set.isHall[i] = s.kind === 'hall' ? 1 : 0;
  }
  return set;
}
