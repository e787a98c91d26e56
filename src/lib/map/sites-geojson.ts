import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { Site } from '@/lib/sites/site';

/** Map feature properties: the minimum the layers and click handling need. */
export interface SiteMapProperties {
  key: string;
  kind: Site['kind'];
  name: string;
}

type PointFeature = FeatureCollection<Point, SiteMapProperties>['features'][number];
/** Each site's map feature is built once and reused for every result set it appears in. */
const pointCache = new WeakMap<Site, PointFeature>();

export function toSitePoints(sites: readonly Site[]): FeatureCollection<Point, SiteMapProperties> {
  const features = new Array<PointFeature>(sites.length);
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i]!;
    let f = pointCache.get(s);
    if (!f) {
      f = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
        properties: { key: s.key, kind: s.kind, name: s.name },
      };
      pointCache.set(s, f);
    }
    features[i] = f;
  }
  return { type: 'FeatureCollection', features };
}

export function toPlotAreas(
  sites: readonly Site[],
): FeatureCollection<Polygon | MultiPolygon, SiteMapProperties> {
  const features: FeatureCollection<Polygon | MultiPolygon, SiteMapProperties>['features'] = [];
  for (const s of sites) {
    if (s.geometry.type === 'Point') continue;
    features.push({
      type: 'Feature',
      geometry: s.geometry,
      properties: { key: s.key, kind: s.kind, name: s.name },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** [minLon, minLat, maxLon, maxLat] of the sites' positions, or null for none. */
export function sitesBounds(sites: readonly Site[]): [number, number, number, number] | null {
  if (sites.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const site of sites) {
    w = Math.min(w, site.lon);
    e = Math.max(e, site.lon);
    s = Math.min(s, site.lat);
    n = Math.max(n, site.lat);
  }
  return [w, s, e, n];
}
