import type { Bounds } from '../camera';
import { clusterSites } from '../cluster/grid-cluster';
import type { MapSiteSet } from '../cluster/map-site-set';
import type { SiteMapInstance } from '../create-map';
import { stepOrder, type StepTarget } from './step-order';

/**
 * The features the map draws in its current view, in list order: clustered exactly as the site
 * layers cluster them (same sites, same view), so a step marks what is on screen.
 */
export function visibleTargets(map: SiteMapInstance, set: MapSiteSet, ids: ArrayLike<number>): StepTarget[] {
  const b = map.getBounds();
  const view: Bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  return stepOrder(set, ids, clusterSites(set, ids, { zoom: map.getZoom(), bounds: view }), view);
}
