import type { HallPropertiesInput, PlotPropertiesInput } from '@/contract/site-schemas';
import { createDataset } from '@mocks/dataset';

/** Small, hand-made sites for tests: every value is visible in the test that uses it. */

type PlotOverrides = Partial<PlotPropertiesInput> & { id?: string };
type HallOverrides = Partial<HallPropertiesInput> & { id?: string };

const square = (lon: number, lat: number, d = 0.002) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

export function plotFeature({ id = 'gf-test-01', ...p }: PlotOverrides = {}) {
  const lon = Number(p.lon ?? 12.3);
  const lat = Number(p.lat ?? 51.35);
  return {
    type: 'Feature',
    id,
    geometry: square(lon, lat),
    properties: {
      kind: 'plot',
      name: 'Testfläche Nord',
      park: 'GVZ Leipzig',
      municipality: 'Leipzig',
      ags: '14713000',
      district: 'Leipzig',
      state: 'SN',
      area_m2: 30000,
      total_area_m2: 31000,
      largest_contiguous_m2: 30000,
      divisible_from_m2: 5000,
      zoning: 'GI',
      planning_status: 'binding_plan',
      development_status: 'developed',
      price_eur_m2: 65,
      price_on_request: false,
      rent_eur_m2_month: null,
      available_from: '2026-01-01',
      status: 'available',
      data_as_of: '2026-10-01',
      lat,
      lon,
      park_area_m2: 6000000,
      junction_name: 'Leipzig-Nord',
      junction_autobahn: 'A14',
      junction_km: 3.1,
      airport_name: 'Leipzig/Halle',
      airport_km: 9.8,
      rail_siding: true,
      operation_24h: true,
      sector_tags: ['logistics'],
      contact_org: 'Wirtschaftsförderung (Beispiel)',
      contact_role: 'Ansiedlung',
      contact_email: 'standorte@example.org',
      contact_phone: '+49 341 555 0100',
      source: 'Testdaten',
      position_approximate: true,
      ...p,
    },
  };
}

export function hallFeature({ id = 'ho-test-01', ...p }: HallOverrides = {}) {
  const lon = Number(p.lon ?? 12.08);
  const lat = Number(p.lat ?? 51.5);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      kind: 'hall',
      name: 'Testhalle Süd',
      park: 'Star Park Halle',
      municipality: 'Halle (Saale)',
      ags: '15002000',
      district: 'Halle (Saale)',
      state: 'ST',
      area_m2: 10500,
      total_area_m2: 25000,
      office_area_m2: 500,
      divisible_from_m2: 5000,
      clear_height_m: 12,
      floor_load_t_m2: 5,
      loading_docks: 10,
      ground_level_doors: 2,
      crane_t: null,
      heated: true,
      sprinkler: true,
      offer_type: 'rent',
      rent_eur_m2_month: 5.2,
      sale_price_eur: null,
      price_eur_m2: null,
      price_on_request: false,
      available_from: '2026-06-01',
      year_built: 2024,
      status: 'available',
      data_as_of: '2026-10-01',
      lat,
      lon,
      park_area_m2: null,
      junction_name: 'Halle-Peißen',
      junction_autobahn: 'A14',
      junction_km: 2,
      airport_name: 'Leipzig/Halle',
      airport_km: 14,
      rail_siding: false,
      sector_tags: ['logistics'],
      contact_org: 'Vermietung (Beispiel)',
      contact_role: 'Vermietung',
      contact_email: 'hallen@example.org',
      contact_phone: '+49 345 555 0100',
      source: 'Testdaten',
      position_approximate: true,
      ...p,
    },
  };
}

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

/** Three plots (one withdrawn) and two halls across the three Länder. */
export const fixtureDataset = () =>
  createDataset({
    plots: fc([
      plotFeature({ id: 'gf-a', name: 'Fläche Leipzig Nord', area_m2: 30000 }),
      plotFeature({
        id: 'gf-b',
        name: 'Fläche Erfurter Kreuz',
        area_m2: 120000,
        total_area_m2: 130000,
        largest_contiguous_m2: 100000,
        state: 'TH',
        municipality: 'Arnstadt',
        district: 'Ilm-Kreis',
        ags: '16070004',
        lon: 10.98,
        lat: 50.86,
      }),
      plotFeature({
        id: 'gf-c',
        name: 'Zurückgezogene Fläche',
        status: 'withdrawn',
        area_m2: 50000,
        total_area_m2: 60000,
        largest_contiguous_m2: 50000,
      }),
    ]),
    halls: fc([
      hallFeature({ id: 'ho-a', name: 'Halle Star Park' }),
      hallFeature({
        id: 'ho-b',
        name: 'Halle Dresden',
        area_m2: 4000,
        state: 'SN',
        municipality: 'Dresden',
        district: 'Dresden',
        ags: '14612000',
        lon: 13.74,
        lat: 51.05,
      }),
    ]),
  });
