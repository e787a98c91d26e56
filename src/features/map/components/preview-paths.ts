import type { MultiPolygon, Point, Polygon } from 'geojson';

/** Longitude or latitude to the preview's world pixels. */
export type Project = (degrees: number) => number;

/** An SVG path `d` of a site's outline (empty for a point), in the preview's world pixels. */
export function outlinePath(geometry: Point | Polygon | MultiPolygon, px: Project, py: Project): string {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons
    .flat()
    .map((ring) => `M${ring.map(([lon, lat]) => `${px(lon!).toFixed(1)},${py(lat!).toFixed(1)}`).join('L')}Z`)
    .join('');
}
