// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distanceKm, nearestPoint, roundKm } from './nearest-point';

const leipzig = { lat: 51.3396, lon: 12.3713 };
const halle = { lat: 51.4816, lon: 11.9795 };
const dresden = { lat: 51.0509, lon: 13.7383 };

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(leipzig, leipzig)).toBe(0);
    expect(distanceKm(leipzig, halle)).toBeCloseTo(distanceKm(halle, leipzig), 9);
  });

  it('matches the known great-circle distance Leipzig–Dresden (~100 km)', () => {
    expect(distanceKm(leipzig, dresden)).toBeGreaterThan(97);
    expect(distanceKm(leipzig, dresden)).toBeLessThan(103);
  });
});

describe('nearestPoint', () => {
  const candidates = [
    { id: 'dd', ...dresden },
    { id: 'ha', ...halle },
    { id: 'le', ...leipzig },
  ];

  it('returns null without candidates', () => {
    expect(nearestPoint(leipzig, [])).toBeNull();
  });

  it('finds the closest candidate and its distance', () => {
    const schkeuditz = { lat: 51.3968, lon: 12.2214 };
    const hit = nearestPoint(schkeuditz, candidates);
    expect(hit?.item.id).toBe('le');
    expect(hit?.km).toBeCloseTo(distanceKm(schkeuditz, leipzig), 9);
  });

  it('returns the first of equally near candidates', () => {
    const twins = [
      { id: 'a', lat: 51, lon: 12.1 },
      { id: 'b', lat: 51, lon: 11.9 },
    ];
    expect(nearestPoint({ lat: 51, lon: 12 }, twins)?.item.id).toBe('a');
  });

  it('returns a candidate at the query point with distance 0', () => {
    expect(nearestPoint(halle, candidates)).toEqual({ item: candidates[1], km: 0 });
  });
});

describe('roundKm', () => {
  it('rounds to one decimal', () => {
    expect(roundKm(12.345)).toBe(12.3);
    expect(roundKm(0.05)).toBe(0.1);
    expect(roundKm(7)).toBe(7);
  });
});
