import { describe, expect, it } from 'vitest';
import { regionMemberPoints, regionOutline } from './region-outline';

const places = [
  { ags: '14713000', lat: 51.34, lon: 12.37 }, // Leipzig (city)
  { ags: '14729250', lat: 51.2, lon: 12.5 }, // in district 14729
  { ags: '14729300', lat: 51.1, lon: 12.2 }, // in district 14729
  { ags: '15002000', lat: 51.48, lon: 11.97 }, // Halle
];
const sites = [{ park: 'GVZ Leipzig', lat: 51.25, lon: 12.3 }];

describe('approximate project regions', () => {
  it('collects the places of its municipalities and districts, its parks and its points', () => {
    const points = regionMemberPoints(
      {
        locations: [
          { type: 'ags', ags: '14713000' },
          { type: 'district', district: '14729' },
          { type: 'park', park: 'GVZ Leipzig' },
          { type: 'point', lat: 51.5, lon: 12.0, label: null, radius_km: null },
        ],
      },
      places,
      sites,
    );
    expect(points).toEqual([
      [12.37, 51.34],
      [12.5, 51.2],
      [12.2, 51.1],
      [12.3, 51.25],
      [12.0, 51.5],
    ]);
    const outline = regionOutline(points)!;
    expect(outline.type).toBe('Polygon');
    // The inner point (the park) is not a corner of the hull.
    expect(outline.coordinates[0]).not.toContainEqual([12.3, 51.25]);
  });

  it('draws no outline for fewer than three places', () => {
    expect(regionOutline([[12, 51]])).toBeNull();
    expect(regionMemberPoints({ locations: [] }, places, sites)).toEqual([]);
  });
});
