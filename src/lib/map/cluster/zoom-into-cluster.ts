import { fitCameraTo, type Bounds } from '../camera';
import type { SiteMapInstance } from '../create-map';
import { SINGLES_FROM_ZOOM } from './grid-cluster';

/**
 * Zooms to a cluster's members (a click or Enter on it): at least one level deeper, and at
 * least to where sites are drawn alone, so the cluster always comes apart.
 */
export function zoomIntoCluster(map: SiteMapInstance, bounds: Bounds): void {
  fitCameraTo(map, bounds, { maxZoom: Math.max(SINGLES_FROM_ZOOM + 1, map.getZoom() + 1) });
}
