import type { HallPropertiesInput, PlotPropertiesInput, Zoning } from '../../src/contract/site-schemas';
import { distanceFields } from './distances';
import { hallPowerMva, plotPowerMva, powerRng, type GridClass, type PlotPowerInput } from './grid-power';
import { drawHallSpecs, drawRent, METRO } from './hall-specs';
import type { HallType } from './halls-reference';
import { AIRPORTS, JUNCTIONS } from './infrastructure';
import { MUNICIPALITIES, type Municipality } from './municipalities';
import { SECTORS } from './park-profile';
import { boxAround, offsetPosition, round5, shapeInBox, type Position } from './plot-geometry';
import { createRng, roundTo, type Rng } from './prng';
import { withListedSince } from './listed-since';
import { dataAsOf, monthStart } from './values';

/**
 * A synthetic dataset of the same schema for scale tests: about 70 % plots and 30 % halls around
 * the municipalities of the three Länder. Deterministic for a given count and seed. Fields whose value
 * the schemas imply (null, false, status "available") are left out to keep the file small.
 */
export interface SynthFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export interface SynthDataset {
  plots: SynthFeature<Partial<PlotPropertiesInput>>[];
  halls: SynthFeature<Partial<HallPropertiesInput>>[];
}

export const PLOT_SHARE = 0.7;
/** How far from a town centre a synthetic site may lie. */
const SPREAD_M = 6_000;
const ZONINGS = [
  ['GI', 4],
  ['GE', 4],
  ['GEe', 1],
  ['SO', 1],
  ['MI', 0.5],
] as const;
const PLANNING = [
  ['binding_plan', 6],
  ['plan_in_preparation', 2],
  ['land_use_plan_only', 1],
] as const;
const DEVELOPMENT = [
  ['developed', 5],
  ['partly_developed', 3],
  ['undeveloped', 2],
] as const;
const STATUS = [
  ['available', 85],
  ['reserved', 12],
  ['withdrawn', 3],
] as const;
const HALL_TYPES: readonly HallType[] = ['logistics', 'logistics', 'production', 'storage', 'multi', 'tech'];

/** Drops values the schemas fill in anyway: null (missing → null), false and status "available" (defaults). */
function compact<T extends object>(o: T): Partial<T> {
  const implied = (k: string, v: unknown) =>
    v === null || v === undefined || v === false || (k === 'status' && v === 'available');
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => !implied(k, v))) as Partial<T>;
}

const pad = (n: number) => String(n).padStart(6, '0');

function place(rng: Rng): { m: Municipality; lat: number; lon: number } {
  const m = rng.pick(MUNICIPALITIES);
  const angle = rng.float(0, 2 * Math.PI);
  const d = SPREAD_M * Math.sqrt(rng.next());
  const at = offsetPosition(m.lat, m.lon, d * Math.cos(angle), d * Math.sin(angle));
  return { m, lat: at.lat, lon: at.lon };
}

function common(rng: Rng, m: Municipality, lat: number, lon: number) {
  return {
    municipality: m.name,
    ags: m.ags,
    district: m.district,
    state: m.state,
    status: rng.weighted(STATUS),
    data_as_of: dataAsOf(rng),
    available_from: monthStart(rng.int(2024, 2028), rng.int(1, 12)),
    lat,
    lon,
    ...distanceFields({ lat, lon }, JUNCTIONS, AIRPORTS),
    rail_siding: rng.chance(0.15),
    sector_tags: [rng.pick(SECTORS)],
    source: 'Synthetische Testdaten',
  };
}

/**
 * power_mva, drawn from a generator of its own (salted by id and seed) so that the other values
 * do not change with it. A synthetic plot has no park: a GI plot of 10 ha or more counts as in an
 * industrial park, one GI plot in twenty as in a park with its own substation.
 */
function synthPlotPower(
  id: string,
  seed: number,
  p: {
    zoning: Zoning;
    total_area_m2: number;
    development_status: PlotPowerInput['development'];
    planning_status: PlotPowerInput['planning'];
  },
): number | null {
  const rng = powerRng(id, seed);
  const total = p.total_area_m2;
  const gi = p.zoning === 'GI';
  const parkClass: GridClass =
    gi && rng.chance(0.05) ? 'substation' : gi && total >= 100_000 ? 'industrial' : 'commercial';
  const parkFactor = rng.float(0.85, 1.2);
  return plotPowerMva(
    {
      id,
      zoning: p.zoning,
      totalM2: total,
      development: p.development_status,
      planning: p.planning_status,
      parkClass,
      parkFactor,
    },
    rng,
  );
}

function synthPlot(n: number, rng: Rng, seed: number): SynthFeature<Partial<PlotPropertiesInput>> {
  const { m, lat, lon } = place(rng);
  const wanted = Math.exp(rng.float(Math.log(3_000), Math.log(300_000)));
  const aspect = rng.float(0.6, 1.7);
  const heightM = Math.sqrt(wanted / aspect);
  const shape = shapeInBox(boxAround(lat, lon, heightM * aspect, heightM), rng, rng.chance(0.35), 5);
  const total = Math.round(shape.areaM2);
  const available = rng.chance(0.6) ? total : Math.floor(total * rng.float(0.5, 0.95));
  const largest = rng.chance(0.7) ? available : Math.floor(available * rng.float(0.5, 1));
  const onRequest = rng.chance(0.15);
  const zoning = rng.weighted(ZONINGS);
  const id = `syn-gf-${pad(n)}`;
  const properties = {
    kind: 'plot' as const,
    name: `Gewerbefläche ${m.name} S${pad(n)}`,
    ...common(rng, m, shape.centroid.lat, shape.centroid.lon),
    area_m2: available,
    total_area_m2: total,
    largest_contiguous_m2: largest,
    divisible_from_m2: rng.chance(0.5) ? roundTo(largest * rng.float(0.1, 0.5), 100) : null,
    zoning,
    planning_status: rng.weighted(PLANNING),
    development_status: rng.weighted(DEVELOPMENT),
    price_eur_m2: onRequest ? null : rng.int(15, 120),
    price_on_request: onRequest,
    operation_24h: zoning !== 'GEe' && zoning !== 'MI' && rng.chance(0.6),
  };
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [shape.ring] },
    properties: compact({
      ...withListedSince(id, properties),
      power_mva: synthPlotPower(id, seed, properties),
    }),
  };
}

function synthHall(n: number, rng: Rng, seed: number): SynthFeature<Partial<HallPropertiesInput>> {
  const { m, lat: rawLat, lon: rawLon } = place(rng);
  const lat = round5(rawLat);
  const lon = round5(rawLon);
  const type = rng.pick(HALL_TYPES);
  const area = roundTo(Math.exp(rng.float(Math.log(800), Math.log(40_000))), 50);
  const offer = rng.weighted([
    ['rent', 6],
    ['sale', 1.5],
    ['both', 2.5],
  ] as const);
  const onRequest = rng.chance(0.1);
  const id = `syn-ho-${pad(n)}`;
  const properties = {
    kind: 'hall' as const,
    name: `Halle ${m.name} S${pad(n)}`,
    ...common(rng, m, lat, lon),
    area_m2: area,
    total_area_m2: roundTo(area / rng.float(0.45, 0.62), 100),
    ...drawHallSpecs(type, area, rng),
    offer_type: offer,
    rent_eur_m2_month: onRequest || offer === 'sale' ? null : drawRent(type, METRO.has(m.name), rng),
    sale_price_eur: onRequest || offer === 'rent' ? null : roundTo(area * rng.float(650, 1250), 10_000),
    price_on_request: onRequest,
    year_built: rng.int(1990, 2026),
  };
  // Its own generator (see synthPlotPower); a synthetic hall has no park.
  const power = hallPowerMva(
    { id, type, areaM2: area, crane: properties.crane_t != null, parkClass: null },
    powerRng(id, seed),
  );
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: compact({ ...withListedSince(id, properties), power_mva: power }),
  };
}

/** `count` sites, about 70 % plots; the same count and seed always give the same data. */
export function generateSyntheticSites(count: number, seed: number): SynthDataset {
  const rng = createRng(seed);
  const plots: SynthDataset['plots'] = [];
  const halls: SynthDataset['halls'] = [];
  for (let i = 0; i < count; i++) {
    if (rng.chance(PLOT_SHARE)) plots.push(synthPlot(plots.length + 1, rng, seed));
    else halls.push(synthHall(halls.length + 1, rng, seed));
  }
  return { plots, halls };
}
