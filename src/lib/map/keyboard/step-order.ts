import type { Bounds } from '../camera';
import type { ClusterOutput } from '../cluster/grid-cluster';
import type { MapSiteSet } from '../cluster/map-site-set';

/** One feature drawn in the map's view, as the keyboard steps through it. */
export type StepTarget =
  | { type: 'site'; id: string; key: string }
  | {
      type: 'cluster';
      id: string;
      /** The member that comes first in the result list: its card stands for the cluster. */
      key: string;
      count: number;
      bounds: Bounds;
    };

const inside = ([w, s, e, n]: Bounds, lon: number, lat: number) =>
  lon >= w && lon <= e && lat >= s && lat <= n;

/** The drawn features whose point (a plot drawn as an area: its label point) lies in `view`. */
function visibleFeatures(set: MapSiteSet, drawn: ClusterOutput, view: Bounds): Map<string, StepTarget> {
  const out = new Map<string, StepTarget>();
  for (const f of drawn.points.features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    if (!inside(view, lon, lat)) continue;
    const p = f.properties;
    out.set(
      p.id,
      p.cluster
        ? { type: 'cluster', id: p.id, key: '', count: p.count, bounds: [p.west, p.south, p.east, p.north] }
        : { type: 'site', id: p.id, key: p.key },
    );
  }
  for (const f of drawn.areas.features) {
    const i = set.indexOf.get(f.properties.key);
    if (out.has(f.properties.id) || i === undefined || !inside(view, set.lon[i]!, set.lat[i]!)) continue;
    out.set(f.properties.id, { type: 'site', id: f.properties.id, key: f.properties.key });
  }
  return out;
}

/**
 * The features drawn inside `view`, in the order of the result list (`ids` is in list order):
 * a site at its own position, a cluster at the position of its first member. One pass over the
 * results, stopping once every visible feature has its place.
 */
export function stepOrder(
  set: MapSiteSet,
  ids: ArrayLike<number>,
  drawn: ClusterOutput,
  view: Bounds,
): StepTarget[] {
  const pending = visibleFeatures(set, drawn, view);
  const ordered: StepTarget[] = [];
  for (let j = 0; j < ids.length && pending.size > 0; j++) {
    const i = ids[j]!;
    const key = set.sites[i]!.key;
    const single = pending.get(key);
    if (single) {
      pending.delete(key);
      ordered.push(single);
      continue;
    }
    const clusterId = drawn.clusterIdOf(i);
    const cluster = pending.get(clusterId);
    if (cluster?.type !== 'cluster') continue;
    pending.delete(clusterId);
    ordered.push({ ...cluster, key });
  }
  return ordered;
}

/**
 * The position a step in `direction` leads to from the feature `currentId`, wrapping at both
 * ends; from nothing (or a feature no longer drawn) `n` starts at the first and `p` at the last.
 * -1 when nothing is drawn.
 */
export function stepIndex(order: readonly StepTarget[], currentId: string | null, direction: 1 | -1): number {
  if (order.length === 0) return -1;
  const at = currentId === null ? -1 : order.findIndex((t) => t.id === currentId);
  if (at < 0) return direction === 1 ? 0 : order.length - 1;
  return (at + direction + order.length) % order.length;
}
