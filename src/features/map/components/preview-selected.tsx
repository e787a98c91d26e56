import type { Site } from '@/lib/sites/site';
import { outlinePath, type Project } from './preview-paths';

/** Plot outlines from this zoom on: below it a plot is a few pixels across, and the ring says enough. */
const OUTLINE_MIN_ZOOM = 11;

/**
 * The selected site in the preview, as the live map marks it: its outline (a plot's, zoomed in)
 * and a ring around its position in the selection colour, over the other sites. `px` and `py`
 * turn longitude and latitude into the preview's world pixels.
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
  const outline = zoom >= OUTLINE_MIN_ZOOM ? outlinePath(site.geometry, px, py) : '';
  const [x, y] = [px(site.lon), py(site.lat)];
  return (
    <g className="map-preview__selected" data-site-key={site.key}>
      {outline && <path d={outline} className="map-preview__selected-area" />}
      <circle cx={x} cy={y} r={14} className="map-preview__selected-ring" />
      <circle cx={x} cy={y} r={6} className="map-preview__selected-dot" />
    </g>
  );
}
