import { describe, expect, it } from 'vitest';
import { municipalityPlaces, siteProfile, type District, type Place } from './site-profile';

const place = (name: string, ags: string, lat: number, lon: number, population: number): Place => ({
  name,
  ags,
  lat,
  lon,
  population,
});

// Leipzig centre, a quarter of Leipzig (same key), Halle (~32 km), a small town (~12 km), Dresden (~100 km).
const PLACES = [
  place('Leipzig', '14713000', 51.3396, 12.3713, 600_000),
  place('Gohlis', '14713000', 51.36, 12.37, 40_000),
  place('Halle', '15002000', 51.4828, 11.9697, 240_000),
  place('Markranstädt', '14729270', 51.3015, 12.2202, 15_000),
  place('Dresden', '14612000', 51.0509, 13.7383, 550_000),
];
const DISTRICTS: District[] = [{ key: '14713', name: 'Leipzig', population: 587_857, area_km2: 297.8 }];

describe('site profile', () => {
  const places = municipalityPlaces(PLACES);

  it('counts each municipality key once, by its largest place', () => {
    expect(places.map((p) => p.name).sort()).toEqual(['Dresden', 'Halle', 'Leipzig', 'Markranstädt']);
  });

  it('sums population within 30 and 60 km and lists the nearest larger towns', () => {
    const profile = siteProfile({ lat: 51.3396, lon: 12.3713, ags: '14713000' }, places, DISTRICTS);
    expect(profile.pop_30km).toBe(615_000);
    expect(profile.pop_60km).toBe(855_000);
    expect(profile.nearest_towns.map((t) => t.name)).toEqual(['Leipzig', 'Halle', 'Dresden']);
    expect(profile.nearest_towns[1]!.km).toBeGreaterThan(30);
    expect(profile.district_population).toBe(587_857);
    expect(profile.district_area_km2).toBe(297.8);
  });

  it('leaves the district figures empty without a municipality key', () => {
    const profile = siteProfile({ lat: 51.3396, lon: 12.3713, ags: null }, places, DISTRICTS);
    expect(profile.district_population).toBeNull();
  });
});
