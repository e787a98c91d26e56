import { describe, expect, it } from 'vitest';
import { itemPoints, topicsOf } from './item-places';

const sites = [
  { park: 'GVZ Leipzig', ags: '14713000', lat: 51.4, lon: 12.3 },
  { park: null, ags: '15002000', lat: 51.48, lon: 11.97 },
];

describe('itemPoints', () => {
  it('uses the item point and point locations first', () => {
    const item = {
      point: { lat: 51, lon: 12 },
      locations: [
        { type: 'point' as const, lat: 52, lon: 11, label: null, radius_km: null },
        { type: 'park' as const, park: 'GVZ Leipzig' },
      ],
    };
    expect(itemPoints(item, sites)).toEqual([
      { lat: 51, lon: 12 },
      { lat: 52, lon: 11 },
    ]);
  });

  it('falls back to sites in the named parks and municipalities, skipping unknown places', () => {
    const item = {
      point: null,
      locations: [
        { type: 'park' as const, park: 'GVZ Leipzig' },
        { type: 'ags' as const, ags: '15002000' },
        { type: 'ags' as const, ags: '99999999' },
        { type: 'district' as const, district: '15088' },
      ],
    };
    expect(itemPoints(item, sites)).toEqual([
      { lat: 51.4, lon: 12.3 },
      { lat: 51.48, lon: 11.97 },
    ]);
  });
});

describe('topicsOf', () => {
  it('lists each topic once in first-seen order', () => {
    expect(topicsOf([{ topics: ['a', 'b'] }, { topics: ['b', 'c'] }])).toEqual(['a', 'b', 'c']);
  });
});
