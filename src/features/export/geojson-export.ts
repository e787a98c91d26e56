import type { Position, SiteGeometry } from '@/contract/geometry-schemas';
import type { Site } from '@/lib/sites/site';
import { siteDeepLink } from './site-columns';

/**
 * The same selection as GeoJSON (RFC 7946): a FeatureCollection in WGS 84 longitude/latitude,
 * no `crs` member, exterior rings counter-clockwise and holes clockwise (right-hand rule).
 * Each feature keeps its properties under their API names, plus `site_key`, `collection_id`,
 * `feature_id` and `url`; its `id` is the site key.
 */

const signedArea = (ring: Position[]) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[i]![0] - ring[j]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2; // > 0: clockwise (in lon/lat with y up)
};

const orient = (ring: Position[], counterClockwise: boolean) =>
  signedArea(ring) > 0 === counterClockwise ? [...ring].reverse() : ring;

const rewindPolygon = (rings: Position[][]) => rings.map((ring, i) => orient(ring, i === 0));

export function rewindGeometry(geometry: SiteGeometry): SiteGeometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
  }
  return geometry;
}

export function sitesToGeoJson(sites: readonly Site[], appBaseUrl: string) {
  return {
    type: 'FeatureCollection' as const,
    features: sites.map((site) => {
      const { key, collectionId, featureId, geometry, ...properties } = site;
      return {
        type: 'Feature' as const,
        id: key,
        geometry: rewindGeometry(geometry),
        properties: {
          site_key: key,
          collection_id: collectionId,
          feature_id: featureId,
          ...properties,
          url: siteDeepLink(site, appBaseUrl),
        },
      };
    }),
  };
}
