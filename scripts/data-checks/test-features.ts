import area from '@turf/area';
import type { CheckedFeature, Geometry } from './issue';

/** Test helpers: small, valid records near Leipzig that each test breaks in one way. */

export const square = (lon: number, lat: number, d = 0.002): Geometry => ({
  type: 'Polygon',
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

export function plot<O extends Record<string, unknown>>(
  overrides: O = {} as O,
  geometry = square(12.3, 51.4),
) {
  const total = Math.round(area(geometry));
  return {
    collection: 'plots',
    id: String(overrides.id ?? 'gf-test-01'),
    geometry,
    properties: {
      kind: 'plot',
      park: 'Testpark',
      area_m2: total,
      total_area_m2: total,
      largest_contiguous_m2: total,
      divisible_from_m2: 1000,
      park_area_m2: null,
      lat: 51.401,
      lon: 12.301,
      junction_name: null,
      junction_autobahn: null,
      junction_km: null,
      airport_name: null,
      airport_km: null,
      ...overrides,
    },
  } satisfies CheckedFeature;
}

export function hall<O extends Record<string, unknown>>(overrides: O = {} as O) {
  return {
    collection: 'halls',
    id: String(overrides.id ?? 'ho-test-01'),
    geometry: { type: 'Point', coordinates: [12.3, 51.4] } as Geometry,
    properties: {
      kind: 'hall',
      park: null,
      area_m2: 5000,
      total_area_m2: 9000,
      divisible_from_m2: 1000,
      park_area_m2: null,
      lat: 51.4,
      lon: 12.3,
      ...overrides,
    },
  } satisfies CheckedFeature;
}
