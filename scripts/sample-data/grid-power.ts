import type { DEVELOPMENT_STATUSES, PLANNING_STATUSES, Zoning } from '../../src/contract/site-schemas';
import type { HallType } from './halls-reference';
import type { ParkProfile, Sector } from './park-profile';
import { createRng, hashSeed, type Rng } from './prng';

/**
 * The grid connection capacity (`power_mva`, Netzanschlusskapazität in MVA) of the sample plots
 * and halls. ILLUSTRATIVE SAMPLE VALUES, NOT REAL GRID DATA: no network operator stated them.
 * They follow the park's type and size and the site's size and use, so that their order is
 * plausible: a chemical, semiconductor or very large park with its own substation offers tens to a
 * few hundred MVA, a large industrial or logistics park some 5–80 MVA, an ordinary commercial park
 * about 1–20 MVA, a restricted commercial or mixed area less, and a hall about 0.25–12 MVA.
 * About one site in seven is left null (unknown), more often an undeveloped plot. Every site
 * draws from its own seeded generator (salted by its id), so adding this field did not change any
 * other value of the data.
 */

/** How a park (or a plot in it) is connected to the grid. */
export type GridClass = 'substation' | 'industrial' | 'commercial' | 'light';

interface Band {
  /** MVA per hectare of plot. */
  perHa: number;
  /** Bounds before the park's and the site's random factor. */
  min: number;
  max: number;
}

export const PLOT_BANDS: Readonly<Record<GridClass, Band>> = {
  substation: { perHa: 2.5, min: 15, max: 300 },
  industrial: { perHa: 1.2, min: 4, max: 80 },
  commercial: { perHa: 0.6, min: 1, max: 20 },
  light: { perHa: 0.4, min: 0.3, max: 5 },
};

/** Electricity-hungry sectors whose parks typically have their own 110 kV substation. */
const HEAVY_SECTORS: ReadonlySet<Sector> = new Set(['chemicals', 'semiconductors', 'hydrogen']);

/** Salt of the per-site generators (see hashSeed). */
const SALT = 0x9e1d;

export const powerRng = (key: string, salt = 0): Rng => createRng(hashSeed(key, SALT ^ salt));

type ParkShape = Pick<ParkProfile, 'zoning' | 'sectors' | 'slug'>;

const giShare = (zoning: ParkShape['zoning']) => {
  const total = zoning.reduce((s, [, w]) => s + w, 0);
  return zoning.filter(([z]) => z === 'GI').reduce((s, [, w]) => s + w, 0) / total;
};

/** The park's class, from its size (ha, null = not stated), zoning and sectors. */
export function parkGridClass(profile: ParkShape, parkM2: number | null): GridClass {
  const ha = parkM2 === null ? 0 : parkM2 / 10_000;
  const gi = giShare(profile.zoning);
  if (ha >= 400 || (gi >= 0.75 && profile.sectors.some((s) => HEAVY_SECTORS.has(s)))) return 'substation';
  if (ha >= 100 || (gi >= 0.75 && profile.sectors.includes('logistics'))) return 'industrial';
  return 'commercial';
}

/** A park's common factor (0.85–1.2), so that the plots of one park resemble each other. */
export const parkPowerFactor = (profile: Pick<ParkProfile, 'slug'>): number =>
  powerRng(profile.slug).float(0.85, 1.2);

/** A plot's class: a park substation serves its GI and GE plots; GEe and MI plots get little. */
export function plotGridClass(park: GridClass, zoning: Zoning, totalM2: number): GridClass {
  if (zoning === 'GEe' || zoning === 'MI') return 'light';
  if (park === 'substation') return zoning === 'SO' ? 'industrial' : 'substation';
  if (zoning === 'GI' && totalM2 >= 150_000) return 'industrial';
  if (zoning === 'SO' && park === 'industrial') return 'commercial';
  return park;
}

/** Rounds to the precision a capacity is quoted in: 0.05 below 1, 0.1 below 10, 1 below 100, else 5. */
export function roundMva(v: number): number {
  if (v < 1) return Math.max(0.05, Math.round(v * 20) / 20);
  if (v < 10) return Math.round(v * 10) / 10;
  if (v < 100) return Math.round(v);
  return Math.round(v / 5) * 5;
}

export interface PlotPowerInput {
  id: string;
  zoning: Zoning;
  totalM2: number;
  development: (typeof DEVELOPMENT_STATUSES)[number];
  planning: (typeof PLANNING_STATUSES)[number];
  parkClass: GridClass;
  /** See parkPowerFactor; 1 for a site without a park. */
  parkFactor: number;
}

/** Illustrative power_mva of a plot, or null (unknown): more often null the less developed it is. */
export function plotPowerMva(p: PlotPowerInput, rng: Rng = powerRng(p.id)): number | null {
  const unknown =
    { developed: 0.07, partly_developed: 0.12, undeveloped: 0.2 }[p.development] +
    (p.planning === 'land_use_plan_only' ? 0.08 : 0);
  if (rng.chance(unknown)) return null;
  const band = PLOT_BANDS[plotGridClass(p.parkClass, p.zoning, p.totalM2)];
  const base = Math.min(band.max, Math.max(band.min, band.perHa * (p.totalM2 / 10_000)));
  const zoning = p.zoning === 'GI' ? 1.15 : p.zoning === 'SO' ? 0.85 : 1;
  const development = p.development === 'undeveloped' ? 0.7 : 1;
  return roundMva(base * zoning * development * p.parkFactor * rng.float(0.75, 1.35));
}

/** Connected load per m² of hall (W/m²) by use, on top of a base connection. */
const HALL_W_PER_M2: Readonly<Record<HallType, number>> = {
  logistics: 35,
  production: 130,
  storage: 20,
  multi: 50,
  tech: 180,
};
const HALL_BASE_MVA = 0.25;
export const HALL_MVA_RANGE = [0.25, 12] as const;

export interface HallPowerInput {
  id: string;
  type: HallType;
  areaM2: number;
  crane: boolean;
  /** Class of the hall's park; null for a hall outside a park. */
  parkClass: GridClass | null;
}

/** Illustrative power_mva of a hall, or null (unknown, about 12 %). */
export function hallPowerMva(h: HallPowerInput, rng: Rng = powerRng(h.id)): number | null {
  if (rng.chance(0.12)) return null;
  const load = HALL_BASE_MVA + (h.areaM2 * HALL_W_PER_M2[h.type]) / 1_000_000;
  const crane = h.crane ? 1.25 : 1;
  const park = h.parkClass === 'substation' ? 1.4 : h.parkClass === 'industrial' ? 1.15 : 1;
  const [lo, hi] = HALL_MVA_RANGE;
  return roundMva(Math.min(hi, Math.max(lo, load * crane * park * rng.float(0.8, 1.3))));
}
