// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distanceKm, roundKm } from '../../src/lib/geo/nearest-point';
import { checkDistances, type DistanceProps } from './distance-rules';
import type { CheckedFeature } from './issue';
import { hall } from './test-features';

const junctions = [
  { id: 'a9-x', name: 'Nah', autobahn: 'A9', lat: 51.41, lon: 12.3 },
  { id: 'a14-y', name: 'Fern', autobahn: 'A14', lat: 51.5, lon: 12.3 },
];
const airports = [{ id: 'lej', name: 'Leipzig/Halle', iata: 'LEJ', lat: 51.4239, lon: 12.2364 }];
const at = { lat: 51.4, lon: 12.3 };

/** A hall with correctly computed distances, then the given overrides. */
const site = (overrides: Record<string, unknown> = {}): CheckedFeature<DistanceProps> =>
  hall({
    junction_name: 'Nah',
    junction_autobahn: 'A9',
    junction_km: roundKm(distanceKm(at, junctions[0]!)),
    airport_name: 'Leipzig/Halle',
    airport_km: roundKm(distanceKm(at, airports[0]!)),
    ...overrides,
  });

describe('checkDistances', () => {
  it('accepts stored values equal to the recomputation', () => {
    expect(checkDistances([site()], junctions, airports)).toEqual([]);
  });

  it('reports a distance that is off by more than 0.1 km', () => {
    const issues = checkDistances([site({ airport_km: 9.9 })], junctions, airports);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/airport_km 9.9 differs/);
  });

  it('accepts a rounding difference up to 0.1 km', () => {
    const km = distanceKm(at, junctions[0]!);
    expect(
      checkDistances([site({ junction_km: Math.round((km + 0.09) * 100) / 100 })], junctions, airports),
    ).toEqual([]);
  });

  it('reports a junction that is not the nearest', () => {
    const issues = checkDistances(
      [site({ junction_name: 'Fern', junction_autobahn: 'A14' })],
      junctions,
      airports,
    );
    expect(issues[0]?.message).toMatch(/"Fern" is not the nearest: "Nah"/);
  });

  it('reports an unknown name and a missing value', () => {
    expect(checkDistances([site({ airport_name: 'Berlin' })], junctions, airports)[0]?.message).toMatch(
      /not in the list/,
    );
    expect(checkDistances([site({ junction_km: null })], junctions, airports)[0]?.message).toMatch(/missing/);
  });

  it('reports an Autobahn that does not belong to the junction', () => {
    const issues = checkDistances([site({ junction_autobahn: 'A14' })], junctions, airports);
    expect(issues[0]?.message).toMatch(/junction_autobahn A14 does not match "Nah"/);
  });

  it('accepts either of two equally near junctions', () => {
    const twins = [
      { id: 'w', name: 'West', autobahn: 'A9', lat: 51.4, lon: 12.29 },
      { id: 'e', name: 'Ost', autobahn: 'A9', lat: 51.4, lon: 12.31 },
    ];
    const km = roundKm(distanceKm(at, twins[0]!));
    const stored = site({ junction_name: 'Ost', junction_autobahn: 'A9', junction_km: km });
    expect(checkDistances([stored], twins, airports)).toEqual([]);
  });
});
