import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { HallPropertiesInput } from '../../src/contract/site-schemas';
import { distanceKm } from '../../src/lib/geo/nearest-point';
import { hallPowerMva, parkGridClass } from './grid-power';
import { districtAgency, hallAgent, makeContact } from './contacts';
import { distanceFields } from './distances';
import { drawHallArea, drawHallSpecs, drawRent, METRO } from './hall-specs';
import { HALL_CATALOG } from './halls-catalog';
import { REFERENCE_HALLS, type HallType, type ReferenceHall } from './halls-reference';
import type { Airport, Junction } from './infrastructure';
import { municipality } from './municipalities';
import type { Sector } from './park-profile';
import type { Park } from './park-table';
import { offsetPosition, round5 } from './plot-geometry';
import type { PlotFeatureOut } from './plots';
import { createRng, hashSeed, roundTo, type Rng } from './prng';
import { slugify, type HallRow } from './reference';
import { dataAsOf, monthStart, pickTags } from './values';

export interface HallFeatureOut {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: HallPropertiesInput;
}

interface Context {
  parks: Map<string, Park>;
  junctions: readonly Junction[];
  airports: readonly Airport[];
  counters: Map<string, number>;
}

const TYPE_SECTORS: Record<HallType, readonly Sector[]> = {
  logistics: ['logistics'],
  production: ['metal', 'automotive'],
  storage: ['logistics', 'food'],
  multi: ['logistics', 'food', 'metal'],
  tech: ['research'],
};

/** Reference halls joined with their rows; throws on a row without a spec or a spec without a row. */
export function joinReferenceHalls(rows: readonly HallRow[]): { row: HallRow; spec: ReferenceHall }[] {
  const specs = new Map(REFERENCE_HALLS.map((s) => [s.ref, s]));
  const joined = rows.map((row) => {
    const spec = specs.get(row.name);
    if (!spec) throw new Error(`no spec for reference hall "${row.name}"`);
    return { row, spec };
  });
  if (joined.length !== REFERENCE_HALLS.length) throw new Error('reference hall specs without a row');
  return joined;
}

export function buildHalls(
  parks: readonly Park[],
  hallRows: readonly HallRow[],
  plots: readonly PlotFeatureOut[],
  junctions: readonly Junction[],
  airports: readonly Airport[],
): HallFeatureOut[] {
  const ctx: Context = {
    parks: new Map(parks.map((p) => [p.profile.name, p])),
    junctions,
    airports,
    counters: new Map(),
  };
  const placed: { lat: number; lon: number }[] = [];
  const reference = joinReferenceHalls(hallRows).map(({ row, spec }) => {
    const rng = createRng(hashSeed(spec.ref, 7));
    // Two reference halls share a rounded position: set the later one ~250 m apart.
    const twins = placed.filter((p) => p.lat === row.lat && p.lon === row.lon).length;
    const at =
      twins === 0 ? { lat: row.lat, lon: row.lon } : offsetPosition(row.lat, row.lon, 250 * twins, 0);
    const pos = { lat: round5(at.lat), lon: round5(at.lon) };
    placed.push({ lat: row.lat, lon: row.lon });
    return hallFeature(ctx, rng, { ...spec, source: `${row.source} (Beispieldaten)`, reference: true }, pos);
  });
  const illustrative = HALL_CATALOG.map(([type, name, parkName, muni, near]) => {
    const rng = createRng(hashSeed(name, 11));
    const park = parkName === null ? undefined : ctx.parks.get(parkName);
    if (parkName !== null && !park) throw new Error(`hall "${name}": unknown park "${parkName}"`);
    const m = municipality(muni);
    const anchor = park ? park.row : near ? { lat: near[0], lon: near[1] } : m;
    const pos = freeSpot(anchor, plots, [...placed, ...reference.map((h) => h.properties)], rng);
    placed.push(pos);
    const spec: HallInput = {
      name: `${name} (Beispiel)`,
      park: parkName,
      municipality: muni,
      type,
      areaM2: null,
      status: rng.chance(0.12) ? 'reserved' : 'available',
      sectors: park ? park.profile.sectors : TYPE_SECTORS[type],
      source: 'Beispieldaten (illustratives Hallenobjekt)',
      reference: false,
    };
    return hallFeature(ctx, rng, spec, pos);
  });
  return [...reference, ...illustrative];
}

/** A spot 250–1100 m from the anchor, outside every plot and at least 150 m from other halls. */
function freeSpot(
  anchor: { lat: number; lon: number },
  plots: readonly PlotFeatureOut[],
  halls: readonly { lat: number | string; lon: number | string }[],
  rng: Rng,
): { lat: number; lon: number } {
  for (let attempt = 0; attempt < 500; attempt++) {
    const angle = rng.float(0, 2 * Math.PI);
    const d = rng.float(250, 1100 + attempt * 5);
    const raw = offsetPosition(anchor.lat, anchor.lon, d * Math.cos(angle), d * Math.sin(angle));
    const at = { lat: round5(raw.lat), lon: round5(raw.lon) };
    const inPlot = plots.some((p) => booleanPointInPolygon([at.lon, at.lat], p.geometry));
    const crowded = halls.some((h) => distanceKm(at, { lat: Number(h.lat), lon: Number(h.lon) }) < 0.15);
    if (!inPlot && !crowded) return at;
  }
  throw new Error('no free spot for a hall');
}

type HallInput = Omit<ReferenceHall, 'ref'> & { source: string; reference: boolean };

function hallFeature(
  ctx: Context,
  rng: Rng,
  h: HallInput,
  pos: { lat: number; lon: number },
): HallFeatureOut {
  const m = municipality(h.municipality);
  const park = h.park === null ? undefined : ctx.parks.get(h.park);
  if (h.park !== null && !park) throw new Error(`hall "${h.name}": unknown park "${h.park}"`);
  const slug = park ? park.profile.slug : slugify(m.name);
  const n = (ctx.counters.get(slug) ?? 0) + 1;
  ctx.counters.set(slug, n);
  const id = `ho-${slug}-${String(n).padStart(2, '0')}`;

  const area = h.areaM2 ?? drawHallArea(h.type, rng);
  const specs = drawHallSpecs(h.type, area, rng);
  const onMarket = h.status === 'available';
  // Real halls in use get no invented rent; illustrative ones are priced unless "on request".
  const onRequest = h.reference ? !onMarket : rng.chance(0.1);
  const offer: HallPropertiesInput['offer_type'] = h.reference
    ? 'rent'
    : rng.weighted([
        ['rent', 0.6],
        ['sale', 0.15],
        ['both', 0.25],
      ] as const);
  const rent = onRequest || offer === 'sale' ? null : drawRent(h.type, METRO.has(m.name), rng);
  const sale = onRequest || offer === 'rent' ? null : roundTo(area * rng.float(650, 1250), 10_000);
  const properties: HallPropertiesInput = {
    kind: 'hall',
    name: h.name,
    park: park ? park.profile.name : null,
    municipality: m.name,
    ags: m.ags,
    district: m.district,
    state: m.state,
    area_m2: area,
    total_area_m2: h.plotM2 ?? roundTo(area / rng.float(0.45, 0.62), 100),
    ...specs,
    ...(h.officeM2 === undefined ? {} : { office_area_m2: h.officeM2 }),
    ...(h.divisibleM2 === undefined ? {} : { divisible_from_m2: h.divisibleM2 }),
    ...(h.clearHeightM === undefined ? {} : { clear_height_m: h.clearHeightM }),
    ...(h.docks === undefined ? {} : { loading_docks: h.docks }),
    offer_type: offer,
    rent_eur_m2_month: rent,
    sale_price_eur: sale,
    price_eur_m2: null,
    price_on_request: onRequest,
    available_from: h.availableFrom ?? (onMarket ? monthStart(rng.int(2024, 2027), rng.int(1, 12)) : null),
    year_built: h.yearBuilt ?? (h.reference ? null : rng.weighted(YEARS)),
    status: h.status,
    data_as_of: dataAsOf(rng),
    lat: pos.lat,
    lon: pos.lon,
    park_area_m2: park?.areaM2 ?? null,
    ...distanceFields(pos, ctx.junctions, ctx.airports),
    rail_siding: rng.chance(park && park.profile.rail > 0.5 ? 0.4 : 0.08),
    power_mva: hallPowerMva({
      id,
      type: h.type,
      areaM2: area,
      crane: specs.crane_t != null,
      parkClass: park ? parkGridClass(park.profile, park.areaM2) : null,
    }),
    sector_tags: h.reference ? [...h.sectors] : pickTags(h.sectors, rng),
    ...makeContact(m, rng, 'hall', h.reference || rng.chance(0.3) ? districtAgency(m) : hallAgent(rng)),
    source: h.source,
    position_approximate: true,
  };
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [pos.lon, pos.lat] },
    properties,
  };
}

const YEARS: readonly (readonly [number, number])[] = Array.from({ length: 31 }, (_, i) => {
  const year = 1995 + i;
  return [year, year >= 2015 ? 3 : 1] as const;
});
