import type { MultiPolygon, Point, Polygon } from 'geojson';
import { linePath } from '@/lib/map/context-svg/layer-paths';
import type { LocalProjection } from '@/lib/map/context-svg/projection';

/** An SVG path `d` of a site's outline (empty for a point), closed rings in the projection's pixels. */
export function outlinePath(geometry: Point | Polygon | MultiPolygon, proj: LocalProjection): string {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons
    .flat()
    .map((ring) => linePath(ring as [number, number][], proj, true))
    .join('');
}
