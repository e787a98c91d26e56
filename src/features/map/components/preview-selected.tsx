import { AREAS_FROM_ZOOM } from '@/lib/map/cluster/grid-cluster';
import type { Site } from '@/lib/sites/site';
import { outlinePath, type Project } from './preview-paths';

/**
 * The selected site in the preview, as the live map marks it: its outline (a plot's, from the
 * zoom the live map draws outlines at) and a ring around its position in the selection colour,
 * over the other sites. `px` and `py` turn longitude and latitude into the preview's world pixels.
 */
export function PreviewSelected({
  site,
  zoom,
  px,
  py,
}: {
  site: Site;
  zoom: number;
  px: Project;
  py: Project;
}) {
  const outline = zoom >= AREAS_FROM_ZOOM ? outlinePath(site.geometry, px, py) : '';
  const [x, y] = [px(site.lon), py(site.lat)];
  return (
    <g className="map-preview__selected" data-site-key={site.key}>
      {outline && <path d={outline} className="map-preview__selected-area" />}
      <circle cx={x} cy={y} r={14} className="map-preview__selected-ring" />
      <circle cx={x} cy={y} r={6} className="map-preview__selected-dot" />
    </g>
  );
}
