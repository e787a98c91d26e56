import type { HallPropertiesInput } from '../../src/contract/site-schemas';
import type { HallType } from './halls-reference';
import { roundTo, type Rng } from './prng';

/** Illustrative technical specs of a hall of a given type; reference facts override them. */
export type HallSpecs = Pick<
  HallPropertiesInput,
  | 'office_area_m2'
  | 'divisible_from_m2'
  | 'clear_height_m'
  | 'floor_load_t_m2'
  | 'loading_docks'
  | 'ground_level_doors'
  | 'crane_t'
  | 'heated'
  | 'sprinkler'
>;

interface TypeProfile {
  areaM2: readonly [number, number];
  clearM: readonly [number, number];
  floorT: readonly [number, number];
  m2PerDock: number | null;
  doors: readonly [number, number];
  craneChance: number;
  heatedChance: number;
  rent: readonly [number, number];
}

const TYPES: Record<HallType, TypeProfile> = {
  logistics: {
    areaM2: [6_000, 30_000],
    clearM: [10, 12.5],
    floorT: [5, 7],
    m2PerDock: 1_000,
    doors: [1, 4],
    craneChance: 0,
    heatedChance: 0.7,
    rent: [4.3, 6.5],
  },
  production: {
    areaM2: [2_500, 15_000],
    clearM: [7, 11],
    floorT: [5, 10],
    m2PerDock: 3_500,
    doors: [2, 6],
    craneChance: 0.55,
    heatedChance: 0.95,
    rent: [3.8, 6],
  },
  storage: {
    areaM2: [1_500, 8_000],
    clearM: [6, 10],
    floorT: [3, 6],
    m2PerDock: 2_000,
    doors: [1, 3],
    craneChance: 0.1,
    heatedChance: 0.35,
    rent: [3.5, 5],
  },
  multi: {
    areaM2: [800, 4_000],
    clearM: [6, 8],
    floorT: [2, 5],
    m2PerDock: 1_500,
    doors: [2, 6],
    craneChance: 0.1,
    heatedChance: 0.85,
    rent: [4, 7],
  },
  tech: {
    areaM2: [1_200, 6_000],
    clearM: [6, 9],
    floorT: [3, 8],
    m2PerDock: null,
    doors: [1, 4],
    craneChance: 0.3,
    heatedChance: 1,
    rent: [5.5, 7.5],
  },
};

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

export const drawHallArea = (type: HallType, rng: Rng): number =>
  roundTo(rng.float(...TYPES[type].areaM2), 50);

export function drawHallSpecs(type: HallType, areaM2: number, rng: Rng): HallSpecs {
  const t = TYPES[type];
  const office = roundTo(areaM2 * rng.float(type === 'tech' ? 0.12 : 0.03, type === 'tech' ? 0.25 : 0.1), 10);
  const divisible = areaM2 >= 3_000 && rng.chance(0.6) ? roundTo(areaM2 * rng.float(0.15, 0.5), 250) : null;
  return {
    office_area_m2: office,
    divisible_from_m2: divisible,
    clear_height_m: oneDecimal(rng.float(...t.clearM)),
    floor_load_t_m2: oneDecimal(rng.float(...t.floorT)),
    loading_docks:
      t.m2PerDock === null ? 0 : Math.max(1, Math.round((areaM2 / t.m2PerDock) * rng.float(0.7, 1.3))),
    ground_level_doors: rng.int(...t.doors),
    crane_t: rng.chance(t.craneChance) ? rng.pick([5, 10, 12.5, 16, 20, 32]) : null,
    heated: rng.chance(t.heatedChance),
    sprinkler: areaM2 >= 20_000 || (areaM2 >= 8_000 ? rng.chance(0.8) : rng.chance(0.2)),
  };
}

/** Rent in €/m² and month: the type's range, a premium in the big-city markets, kept within 3.5–7.5. */
export function drawRent(type: HallType, metro: boolean, rng: Rng): number {
  const [lo, hi] = TYPES[type].rent;
  const premium = metro ? 0.6 : 0;
  return Math.min(7.5, Math.max(3.5, oneDecimal(rng.float(lo, hi) + premium)));
}

/** Municipalities with a big-city rent level. */
export const METRO = new Set([
  'Leipzig',
  'Schkeuditz',
  'Dresden',
  'Halle (Saale)',
  'Kabelsketal',
  'Magdeburg',
]);
