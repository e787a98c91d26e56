import type { Site } from '@/lib/sites/site';

/**
 * For tests of the map modules: a site with only what the map reads of it, as a point or as a
 * small square plot outline (`area`).
 */
export function mapTestSite(key: string, kind: Site['kind'], lon: number, lat: number, area = false): Site {
  const d = 0.001;
  const geometry = area
    ? {
        type: 'Polygon' as const,
        coordinates: [
          [
            [lon, lat],
            [lon + d, lat],
            [lon + d, lat + d],
            [lon, lat],
          ],
        ],
      }
    : { type: 'Point' as const, coordinates: [lon, lat] };
  return { key, kind, name: `Site ${key}`, lon, lat, geometry } as unknown as Site;
}
