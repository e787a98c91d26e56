import type { PlotPropertiesInput } from '../../src/contract/site-schemas';
import { makeContact } from './contacts';
import { distanceFields } from './distances';
import { parkGridClass, parkPowerFactor, plotPowerMva } from './grid-power';
import type { Airport, Junction } from './infrastructure';
import type { Park } from './park-table';
import { type Box, placeBox, rectangleFor, shapeInBox, type Position } from './plot-geometry';
import { createRng, hashSeed, roundTo, type Rng } from './prng';
import { dataAsOf, monthStart, pickTags } from './values';

export interface PlotFeatureOut {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: Position[][] };
  properties: PlotPropertiesInput;
}

/** Plot sizes (m²) of a park: fixed or drawn, scaled down to fit the free area and the park's size. */
export function plotSizesM2(park: Park, rng: Rng): number[] {
  const { profile } = park;
  const ha = profile.fixedHa ?? Array.from({ length: profile.plots }, () => rng.float(...profile.plotHa));
  let sizes = ha.map((h) => h * 10_000);
  const caps = [profile.maxSumHa === undefined ? Infinity : profile.maxSumHa * 10_000];
  if (park.areaM2 !== null) caps.push(park.areaM2 * 0.95);
  const cap = Math.min(...caps);
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum > cap) sizes = sizes.map((s) => (s * cap) / sum);
  return sizes;
}

const slotOf = (n: number) => String(n).padStart(2, '0');

/**
 * Builds all plots; parks with the largest plots are placed first so that they find room.
 * `obstacles` (e.g. the land of reference halls) are kept free.
 */
export function buildPlots(
  parks: readonly Park[],
  junctions: readonly Junction[],
  airports: readonly Airport[],
  obstacles: readonly Box[] = [],
): PlotFeatureOut[] {
  const taken: Box[] = [...obstacles];
  const planned = parks.map((park) => {
    const rng = createRng(hashSeed(park.profile.slug));
    return { park, rng, sizes: plotSizesM2(park, rng) };
  });
  const order = [...planned].sort((a, b) => Math.max(...b.sizes) - Math.max(...a.sizes));
  const byPark = new Map<Park, PlotFeatureOut[]>();
  for (const { park, rng, sizes } of order) {
    const total = sizes.reduce((a, b) => a + b, 0);
    const radius = park.profile.radiusM ?? Math.max(450, Math.sqrt(total));
    byPark.set(
      park,
      sizes.map((size, i) => {
        const { widthM, heightM } = rectangleFor(size, rng.float(0.6, 1.7));
        const box = placeBox(park.row.lat, park.row.lon, widthM, heightM, taken, rng, radius);
        if (!box) throw new Error(`no room for plot ${i + 1} of ${park.profile.name}`);
        taken.push(box);
        return plotFeature(park, i + 1, shapeInBox(box, rng, rng.chance(0.35)), rng, junctions, airports);
      }),
    );
  }
  // Output in reference order, plots numbered within their park.
  return parks.flatMap((park) => byPark.get(park) ?? []);
}

function plotFeature(
  park: Park,
  n: number,
  shape: ReturnType<typeof shapeInBox>,
  rng: Rng,
  junctions: readonly Junction[],
  airports: readonly Airport[],
): PlotFeatureOut {
  const { profile, municipality: m } = park;
  const total = Math.round(shape.areaM2);
  const status = profile.withdrawn?.includes(n)
    ? 'withdrawn'
    : profile.reserved?.includes(n) || rng.chance(0.07)
      ? 'reserved'
      : 'available';
  const partly = rng.chance(0.35);
  const available = partly ? Math.floor(total * rng.float(0.55, 0.95)) : total;
  const largest = partly ? Math.floor(available * rng.float(0.6, 1)) : available;
  const divisible = rng.chance(0.35) ? null : roundTo(largest * rng.float(0.1, 0.5), 500);
  const zoning = rng.weighted(profile.zoning);
  const development =
    profile.development === 'partly_developed'
      ? rng.weighted([
          ['developed', 1],
          ['partly_developed', 2],
          ['undeveloped', 1],
        ] as const)
      : profile.development;
  const onRequest = total > 500_000 || rng.chance(0.12);
  const price = onRequest ? null : Math.round(rng.float(...profile.price));
  const [fromYear, toYear] = profile.availableYears;
  const quiet = zoning === 'GEe' || zoning === 'MI';
  const id = `gf-${profile.slug}-${slotOf(n)}`;
  const properties: PlotPropertiesInput = {
    kind: 'plot',
    name: `${profile.name} – Baufeld ${n}`,
    park: profile.name,
    municipality: m.name,
    ags: m.ags,
    district: m.district,
    state: park.state,
    area_m2: available,
    total_area_m2: total,
    largest_contiguous_m2: largest,
    divisible_from_m2: divisible !== null && divisible >= 500 && divisible <= largest ? divisible : null,
    zoning,
    planning_status: profile.planning,
    development_status: development,
    price_eur_m2: price,
    price_on_request: onRequest,
    rent_eur_m2_month: null,
    available_from: monthStart(rng.int(fromYear, toYear), rng.int(1, 12)),
    status,
    data_as_of: dataAsOf(rng),
    lat: shape.centroid.lat,
    lon: shape.centroid.lon,
    park_area_m2: park.areaM2,
    ...distanceFields(shape.centroid, junctions, airports),
    rail_siding: rng.chance(profile.rail),
    power_mva: plotPowerMva({
      id,
      zoning,
      totalM2: total,
      development,
      planning: profile.planning,
      parkClass: parkGridClass(profile, park.areaM2),
      parkFactor: parkPowerFactor(profile),
    }),
    operation_24h: !quiet && rng.chance(profile.h24),
    sector_tags: pickTags(profile.sectors, rng),
    ...makeContact(m, rng, 'plot', profile.contactOrg),
    source: `${park.row.source} (Beispieldaten)`,
    position_approximate: true,
  };
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [shape.ring] },
    properties,
  };
}
