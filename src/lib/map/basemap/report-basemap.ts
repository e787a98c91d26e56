import type { SiteMapInstance } from '../create-map';

/**
 * What the map draws as its basemap, for tests and the e2e driver (as site-layers reports the
 * sites): `data-basemap` (its id), `data-basemap-features` (features of its sources drawn in
 * view) and `data-basemap-source-layers` (the source layers they came from), once it is idle.
 */
export function reportBasemap(map: SiteMapInstance, id: string, sourceIds: ReadonlySet<string>): () => void {
  const report = () => {
    const layers = map
      .getStyle()
      .layers.filter((l) => 'source' in l && sourceIds.has(l.source))
      .map((l) => l.id);
    const features = map.queryRenderedFeatures({ layers });
    const data = map.getContainer().dataset;
    data.basemap = id;
    data.basemapFeatures = String(features.length);
    data.basemapSourceLayers = [...new Set(features.map((f) => f.sourceLayer ?? f.source))].sort().join(',');
  };
  map.once('idle', report);
  // An idle map fires no new `idle` by itself.
  map.triggerRepaint();
  return () => map.off('idle', report);
}
