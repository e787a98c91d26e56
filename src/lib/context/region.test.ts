import { describe, expect, it } from 'vitest';
import { siteInProjectRegion } from './region';

const site = { ags: '15088205', park: 'Chemiestandort Leuna', lat: 51.3204, lon: 12.0141 };

describe('siteInProjectRegion', () => {
  it('is true when the district key is listed', () => {
    expect(siteInProjectRegion(site, { locations: [{ type: 'district', district: '15088' }] })).toBe(true);
    expect(siteInProjectRegion(site, { locations: [{ type: 'district', district: '15084' }] })).toBe(false);
  });

  it('is true when the municipality key is listed, not a neighbour in the same district', () => {
    expect(siteInProjectRegion(site, { locations: [{ type: 'ags', ags: '15088205' }] })).toBe(true);
    expect(siteInProjectRegion(site, { locations: [{ type: 'ags', ags: '15088220' }] })).toBe(false);
  });

  it('is true when the park is listed', () => {
    expect(siteInProjectRegion(site, { locations: [{ type: 'park', park: 'Chemiestandort Leuna' }] })).toBe(
      true,
    );
    expect(
      siteInProjectRegion(
        { ...site, park: null },
        { locations: [{ type: 'park', park: 'Chemiestandort Leuna' }] },
      ),
    ).toBe(false);
  });

  it('is true within a point radius and false outside it or without a radius', () => {
    // Halle is about 20 km north of Leuna.
    const halle = { lat: 51.4828, lon: 11.9697, label: null };
    expect(siteInProjectRegion(site, { locations: [{ type: 'point', ...halle, radius_km: 25 }] })).toBe(true);
    expect(siteInProjectRegion(site, { locations: [{ type: 'point', ...halle, radius_km: 15 }] })).toBe(
      false,
    );
    expect(siteInProjectRegion(site, { locations: [{ type: 'point', ...halle, radius_km: null }] })).toBe(
      false,
    );
  });

  it('is false for a project without locations and for a site without a key', () => {
    expect(siteInProjectRegion(site, { locations: [] })).toBe(false);
    expect(
      siteInProjectRegion({ ...site, ags: null }, { locations: [{ type: 'district', district: '15088' }] }),
    ).toBe(false);
  });
});
