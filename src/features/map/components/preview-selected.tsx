import { AREAS_FROM_ZOOM } from '@/lib/map/cluster/grid-cluster';
import type { Site } from '@/lib/sites/site';
import type { LocalProjection } from '@/lib/map/context-svg/projection';
import { outlinePath } from './preview-paths';

/**
 * The selected site in the preview, as the live map marks it: its outline (a plot's, from the
 * zoom the live map draws outlines at) and a ring around its position in the selection colour,
 * over the other sites, in `proj`: the view's projection.
 */
export function PreviewSelected({ site, zoom, proj }: { site: Site; zoom: number; proj: LocalProjection }) {
  const outline = zoom >= AREAS_FROM_ZOOM ? outlinePath(site.geometry, proj) : '';
  const [x, y] = proj.project([site.lon, site.lat]);
  return (
    <g className="map-preview__selected" data-site-key={site.key}>
      {outline && <path d={outline} className="map-preview__selected-area" />}
      <circle cx={x} cy={y} r={14} className="map-preview__selected-ring" />
      <circle cx={x} cy={y} r={6} className="map-preview__selected-dot" />
    </g>
  );
}
