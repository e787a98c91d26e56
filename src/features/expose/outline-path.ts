import type { Position, SiteGeometry } from '@/contract/geometry-schemas';

/**
 * A site's geometry as SVG paths in a square view box: an equirectangular projection scaled by
 * cos(latitude), north up, with a margin. Points get a ~1 km frame around them. Also returns
 * a scale bar (a round number of metres ~ a quarter of the width).
 */
export interface OutlineDrawing {
  size: number;
  paths: string[];
  point: [number, number] | null;
  scaleBar: { metres: number; length: number };
}

const M_PER_DEG_LAT = 111_320;
const ROUND = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000];

export function outlineDrawing(geometry: SiteGeometry, size = 240, margin = 24): OutlineDrawing {
  const rings: Position[][] =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : [];
  const all = geometry.type === 'Point' ? [geometry.coordinates] : rings.flat();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of all) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const midLat = (minY + maxY) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const pad = geometry.type === 'Point' ? 0.006 : 0;
  const spanX = Math.max((maxX - minX) * kx, pad * 2 * kx, 1e-6);
  const spanY = Math.max(maxY - minY, pad * 2, 1e-6);
  const span = Math.max(spanX, spanY);
  const scale = (size - 2 * margin) / span; // px per degree of latitude
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const project = ([x, y]: Position): [number, number] => [
    size / 2 + (x - cx) * kx * scale,
    size / 2 - (y - cy) * scale,
  ];
  const paths = rings.map(
    (ring) =>
      ring
        .map(
          (p, i) =>
            `${i === 0 ? 'M' : 'L'}${project(p)
              .map((v) => v.toFixed(1))
              .join(' ')}`,
        )
        .join('') + 'Z',
  );
  const point = geometry.type === 'Point' ? project(geometry.coordinates) : null;
  const metresPerPx = M_PER_DEG_LAT / scale;
  const target = (size / 4) * metresPerPx;
  const metres = ROUND.reduce((best, r) => (Math.abs(r - target) < Math.abs(best - target) ? r : best));
  return { size, paths, point, scaleBar: { metres, length: metres / metresPerPx } };
}
