import type { AreaGeometry, PointGeometry, Position, SiteGeometry } from '@/contract/geometry-schemas';
import { isHall, isPlot, type HallSite, type PlotSite, type Site } from '@/lib/sites/site';
import { siteDeepLink } from './site-columns';

/**
 * The same selection as GeoJSON (RFC 7946), one FeatureCollection per geometry type, so a GIS
 * reads each file as one layer: plots as `MultiPolygon` (a Polygon is wrapped), halls as `Point`
 * (the label point `lon`/`lat`, also for a hall with a footprint). WGS 84 longitude/latitude, no
 * `crs` member, exterior rings counter-clockwise and holes clockwise (right-hand rule). Each
 * feature keeps its properties under their API names, plus `site_key`, `collection_id`,
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

type MultiPolygon = Extract<AreaGeometry, { type: 'MultiPolygon' }>;

/** A plot's area as a MultiPolygon, rewound. */
export function plotGeometry(geometry: AreaGeometry): MultiPolygon {
  const multi = rewindGeometry(geometry) as AreaGeometry;
  return multi.type === 'MultiPolygon' ? multi : { type: 'MultiPolygon', coordinates: [multi.coordinates] };
}

/** A hall's label point. */
export const hallGeometry = (hall: HallSite): PointGeometry => ({
  type: 'Point',
  coordinates: [hall.lon, hall.lat],
});

function toFeature<G>(site: Site, geometry: G, appBaseUrl: string) {
  const { key, collectionId, featureId, geometry: _geometry, ...properties } = site;
  return {
    type: 'Feature' as const,
    id: key,
    geometry,
    properties: {
      site_key: key,
      collection_id: collectionId,
      feature_id: featureId,
      ...properties,
      url: siteDeepLink(site, appBaseUrl),
    },
  };
}

const collection = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, features });

/** The plots of a selection, in its order, as MultiPolygons. */
export const plotsToGeoJson = (sites: readonly Site[], appBaseUrl: string) =>
  collection(
    sites
      .filter(isPlot)
      .map((plot: PlotSite) => toFeature(plot, plotGeometry(plot.geometry as AreaGeometry), appBaseUrl)),
  );

/** The halls of a selection, in its order, as label points. */
export const hallsToGeoJson = (sites: readonly Site[], appBaseUrl: string) =>
  collection(sites.filter(isHall).map((hall) => toFeature(hall, hallGeometry(hall), appBaseUrl)));
