import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { radiusFeatures } from './radius-circle';

describe('radiusFeatures', () => {
  it('draws a closed circle whose every point lies the radius away from the origin', () => {
    const leipzig: [number, number] = [12.37, 51.34];
    const [circle, origin] = radiusFeatures(leipzig, 25, 'Leipzig').features;
    expect(circle!.geometry.type).toBe('Polygon');
    const ring = (circle!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const p of ring) expect(distance(leipzig, p, { units: 'kilometers' })).toBeCloseTo(25, 1);
    expect(origin!.properties).toEqual({ kind: 'origin', label: 'Leipzig' });
    expect(origin!.geometry).toEqual({ type: 'Point', coordinates: leipzig });
  });

  it('grows with the radius', () => {
    const width = (km: number) => {
      const ring = (radiusFeatures([11, 51], km, '').features[0]!.geometry as { coordinates: number[][][] })
        .coordinates[0]!;
      return Math.max(...ring.map((p) => p[0]!)) - Math.min(...ring.map((p) => p[0]!));
    };
    expect(width(50)).toBeCloseTo(2 * width(25), 2);
  });
});
