import type { PlacedBox } from './layer-paths';
import type { LocalProjection } from './projection';

/** A place of the gazetteer (data/places.json). */
export interface Town {
  name: string;
  lat: number;
  lon: number;
  population: number;
}

export interface TownLabel {
  name: string;
  x: number;
  y: number;
  /** The larger towns get the bigger type. */
  major: boolean;
}

/**
 * The towns to name on the map: largest first, inside the map, none closer than `gap` (a share
 * of the map's shorter side) to a larger one, nor (with `clearCentre`, the exposé's site marker)
 * at the centre.
 */
export function townLabels(
  towns: readonly Town[],
  proj: LocalProjection,
  { max = 9, gap = 0.11, clearCentre = true }: { max?: number; gap?: number; clearCentre?: boolean } = {},
): TownLabel[] {
  const { width, height } = proj;
  const side = Math.min(width, height);
  const edge = side * 0.04;
  const taken: [number, number][] = [];
  const labels: TownLabel[] = [];
  for (const town of [...towns].sort((a, b) => b.population - a.population)) {
    if (labels.length >= max) break;
    const [x, y] = proj.project([town.lon, town.lat]);
    if (x < edge || x > width - edge || y < edge || y > height - edge) continue;
    if (clearCentre && Math.hypot(x - width / 2, y - height / 2) < side * 0.04) continue;
    if (taken.some(([tx, ty]) => Math.hypot(tx - x, ty - y) < side * gap)) continue;
    taken.push([x, y]);
    labels.push({ name: town.name, x, y, major: town.population >= 20_000 });
  }
  return labels;
}

/** Where a town's dot and name are written (context-map-layers.tsx): right of the dot, left of it near the right edge. */
export function townLabelSide(label: TownLabel, proj: LocalProjection): 'start' | 'end' {
  return label.x > proj.width * 0.7 ? 'end' : 'start';
}

/** The box a town's dot and name cover, for other labels to keep clear of (type 13 or 15 px). */
export function townLabelBox(label: TownLabel, proj: LocalProjection): PlacedBox {
  const textWidth = label.name.length * (label.major ? 9 : 7.8);
  const [left, right] = townLabelSide(label, proj) === 'start' ? [-4, 7 + textWidth] : [-7 - textWidth, 4];
  return { at: [label.x + (left + right) / 2, label.y - 2], halfWidth: (right - left) / 2, halfHeight: 9 };
}
