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
 * of the map's width) to a larger one, nor on the site marker at the centre.
 */
export function townLabels(towns: readonly Town[], proj: LocalProjection, max = 9, gap = 0.11): TownLabel[] {
  const edge = proj.size * 0.04;
  const centre = proj.size / 2;
  const taken: [number, number][] = [];
  const labels: TownLabel[] = [];
  for (const town of [...towns].sort((a, b) => b.population - a.population)) {
    if (labels.length >= max) break;
    const [x, y] = proj.project([town.lon, town.lat]);
    if (x < edge || x > proj.size - edge || y < edge || y > proj.size - edge) continue;
    if (Math.hypot(x - centre, y - centre) < proj.size * 0.04) continue;
    if (taken.some(([tx, ty]) => Math.hypot(tx - x, ty - y) < proj.size * gap)) continue;
    taken.push([x, y]);
    labels.push({ name: town.name, x, y, major: town.population >= 20_000 });
  }
  return labels;
}
