import { boxesOverlap, type PlacedBox } from './layer-paths';
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
  /** The name right of the dot (`start`) or left of it (`end`). */
  side: 'start' | 'end';
}

export interface TownLabelOptions {
  max?: number;
  /** Room to a larger town's name, as a share of the map's shorter side. */
  gap?: number;
  /** Leave the centre free (the exposé's site marker). */
  clearCentre?: boolean;
  /** What the map draws over the towns (numbered markers, site clusters): no name under them. */
  avoid?: readonly PlacedBox[];
}

/**
 * The towns to name on the map: largest first, inside the map, none closer than `gap` to a larger
 * one, nor (with `clearCentre`) at the centre, nor with its name under one of `avoid` or over a
 * larger town's name (where the name fits on the other side of the dot, it is written there).
 */
export function townLabels(
  towns: readonly Town[],
  proj: LocalProjection,
  { max = 9, gap = 0.11, clearCentre = true, avoid = [] }: TownLabelOptions = {},
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
    const label = placeName(town, [x, y], width, [...avoid, ...labels.map(townLabelBox)]);
    if (!label) continue;
    taken.push([x, y]);
    labels.push(label);
  }
  return labels;
}

/** The box a town's dot and name cover, for other labels to keep clear of (type 13 or 15 px). */
export function townLabelBox(label: TownLabel): PlacedBox {
  const textWidth = label.name.length * (label.major ? 9 : 7.8);
  const [left, right] = label.side === 'start' ? [-4, 7 + textWidth] : [-7 - textWidth, 4];
  return { at: [label.x + (left + right) / 2, label.y - 2], halfWidth: (right - left) / 2, halfHeight: 9 };
}

/** Whether a box lies between the map's left and right edges. */
const fitsIn = (box: PlacedBox, width: number) =>
  box.at[0] - box.halfWidth >= 0 && box.at[0] + box.halfWidth <= width;

/**
 * A town's name right of its dot (left of it near the right edge), else on the other side if it
 * fits in the map there, else null: never over one of `blocked`.
 */
function placeName(
  town: Town,
  [x, y]: [number, number],
  width: number,
  blocked: PlacedBox[],
): TownLabel | null {
  const at = (side: TownLabel['side']): TownLabel => ({
    name: town.name,
    x,
    y,
    major: town.population >= 20_000,
    side,
  });
  const free = (l: TownLabel) => !blocked.some((box) => boxesOverlap(townLabelBox(l), box));
  const preferred = at(x > width * 0.7 ? 'end' : 'start');
  const other = at(preferred.side === 'start' ? 'end' : 'start');
  if (free(preferred)) return preferred;
  return free(other) && fitsIn(townLabelBox(other), width) ? other : null;
}
