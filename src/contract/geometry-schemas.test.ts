import { describe, expect, it } from 'vitest';
import { plotFeatureSchema } from './feature-schemas';
import { pointSchema } from './geometry-schemas';
import { plotFeature } from '../../tests/support/site-fixtures';

const point = (coordinates: unknown) => pointSchema.safeParse({ type: 'Point', coordinates });

describe('coordinates at the edge', () => {
  it('takes WGS 84 longitude −180…180 and latitude −90…90, with an optional height', () => {
    for (const ok of [
      [12.3, 51.3],
      [-180, -90],
      [180, 90],
      [12, 51, 120],
    ])
      expect(point(ok).success).toBe(true);
  });

  it('refuses a position out of range or not finite, naming the axis', () => {
    expect(point([500, -200]).error?.issues[0]?.message).toBe('longitude out of range');
    expect(point([12, 91]).error?.issues[0]?.message).toBe('latitude out of range');
    for (const bad of [
      [1e308, 51],
      [12, -1e308],
      [Infinity, 51],
      [12, NaN],
    ])
      expect(point(bad).success).toBe(false);
  });

  it('refuses a plot with one corner far out', () => {
    const plot = plotFeature();
    const ring = plot.geometry.coordinates[0]!.map((p, i) => (i === 2 ? [1e308, 1e308] : p));
    const parsed = plotFeatureSchema.safeParse({
      ...plot,
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    expect(parsed.success).toBe(false);
  });
});
