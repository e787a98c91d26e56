import { useEffect, useEffectEvent, useRef } from 'react';
import type { GeoJSONSource, MapLayerMouseEvent, MapSourceDataEvent } from 'maplibre-gl';
import { afterNextPaint } from '@/lib/after-paint';
import { markMapFirstFrame, markMapUpdated } from '@/lib/perf-marks';
import { BASEMAP_FIRST_LABEL_LAYER_ID } from './basemap-style';
import { clusterSites, type ClusterOutput, type MapPointProperties } from './cluster/grid-cluster';
import type { MapSiteSet } from './cluster/map-site-set';
import { CLUSTER_OFFSET } from './cluster/cluster-marks';
import { zoomIntoCluster } from './cluster/zoom-into-cluster';
import type { SiteMapInstance } from './create-map';
import {
  CLICKABLE_SITE_LAYERS,
  CLUSTER_LAYERS,
  MARK_BLOCKER_IMAGE,
  MARK_BLOCKER_SIZE,
  PLOT_AREAS_SOURCE,
  SITE_FEATURE_LAYERS,
  SITE_POINTS_SOURCE,
  siteLayers,
  TOP_SITE_LAYERS,
} from './site-layers';

export interface SiteLayerOptions {
  set: MapSiteSet;
  /** Indices into `set` of the matching sites. */
  ids: Uint32Array;
  selectedKey: string | null;
  hoveredKey: string | null;
  onSelect: (key: string) => void;
  onHover: (key: string | null) => void;
  /** False while the map is out of sight ("Liste"): it clusters nothing until it shows again. */
  shown?: boolean;
}

const SOURCES = [SITE_POINTS_SOURCE, PLOT_AREAS_SOURCE] as const;

/** The map's view as the clustering needs it. */
function viewOf(map: SiteMapInstance) {
  const b = map.getBounds();
  return { zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const };
}

/** Feature ids that stand for a site in the current view: the site itself and its cluster. */
function featureIdsOf(set: MapSiteSet, key: string, drawn: ClusterOutput | null): string[] {
  const i = set.indexOf.get(key);
  return i === undefined || !drawn ? [key] : [key, drawn.clusterIdOf(i)];
}

/**
 * Adds the site sources and layers once, then keeps them in step with the results and the
 * view: clusters are recomputed for each new result set and after each camera move, so the
 * map never holds more than it draws. Clicks select a site or zoom into a cluster; hover and
 * selection are feature-state, mirrored from the list through `hoveredKey`/`selectedKey`.
 */
export function useSiteLayers(map: SiteMapInstance | null, options: SiteLayerOptions) {
  const { set, ids, selectedKey, hoveredKey, shown = true } = options;
  const select = useEffectEvent(options.onSelect);
  const hover = useEffectEvent(options.onHover);
  const currentHover = useEffectEvent(() => hoveredKey);
  const highlighted = useRef<{ id: string; state: 'hover' | 'selected' }[]>([]);
  const drawn = useRef<ClusterOutput | null>(null);
  /** The measurement's wait for the tiles of the latest results (a newer set replaces it). */
  const awaitingTiles = useRef<((e: MapSourceDataEvent) => void) | null>(null);

  /** Feature-state for hover and selection, on the site and on the cluster that holds it. */
  const applyStates = useEffectEvent(() => {
    if (!map) return;
    for (const { id, state } of highlighted.current)
      for (const source of SOURCES) if (map.getSource(source)) map.removeFeatureState({ source, id }, state);
    const next: { id: string; state: 'hover' | 'selected' }[] = [];
    if (selectedKey)
      for (const id of featureIdsOf(set, selectedKey, drawn.current)) next.push({ id, state: 'selected' });
    if (hoveredKey)
      for (const id of featureIdsOf(set, hoveredKey, drawn.current)) next.push({ id, state: 'hover' });
    for (const { id, state } of next)
      for (const source of SOURCES) map.setFeatureState({ source, id }, { [state]: true });
    highlighted.current = next;
    const container = map.getContainer();
    container.dataset.selectedSite = selectedKey ?? '';
    container.dataset.hoveredSite = hoveredKey ?? '';
  });

  const render = useEffectEvent(() => {
    if (!map || !shown) return;
    const out = clusterSites(set, ids, viewOf(map));
    drawn.current = out;
    map.getSource<GeoJSONSource>(SITE_POINTS_SOURCE)?.setData(out.points);
    map.getSource<GeoJSONSource>(PLOT_AREAS_SOURCE)?.setData(out.areas);
    map.getContainer().dataset.sitesInView = String(out.sitesInView);
    applyStates();
    // Measured at the first frame MapLibre draws once the tiles of the new clusters are loaded
    // (scripts/measure/filter-latency.ts, load-to-count.ts). The source's first event after
    // setData (its metadata, the old tiles still loaded) is not yet the new data.
    // A map out of sight loads no tiles: only the latest set waits, listeners do not pile up.
    const results = ids.length;
    if (awaitingTiles.current) map.off('sourcedata', awaitingTiles.current);
    const loaded = (e: MapSourceDataEvent) => {
      if (e.sourceId !== SITE_POINTS_SOURCE || !e.tile || !e.isSourceLoaded) return;
      map.off('sourcedata', loaded);
      awaitingTiles.current = null;
      map.once('render', () => {
        markMapUpdated();
        if (results > 0) markMapFirstFrame(results);
      });
    };
    awaitingTiles.current = loaded;
    map.on('sourcedata', loaded);
  });

  useEffect(() => {
    if (!map) return;
    const empty = { type: 'FeatureCollection' as const, features: [] };
    for (const source of SOURCES) map.addSource(source, { type: 'geojson', data: empty, promoteId: 'id' });
    addMarkBlockerImage(map);
    // A basemap switch replaces the style and its images: add the blocker again when asked.
    const onMissingImage = (e: { id: string }) => e.id === MARK_BLOCKER_IMAGE && addMarkBlockerImage(map);
    map.on('styleimagemissing', onMissingImage);
    // Site layers go under the basemap's labels so town names stay readable.
    const beforeId = map.getLayer(BASEMAP_FIRST_LABEL_LAYER_ID) ? BASEMAP_FIRST_LABEL_LAYER_ID : undefined;
    for (const layer of siteLayers)
      map.addLayer(layer, TOP_SITE_LAYERS.includes(layer.id) ? undefined : beforeId);

    const propsOf = (e: MapLayerMouseEvent) => e.features?.[0]?.properties as MapPointProperties | undefined;
    const onSiteClick = (e: MapLayerMouseEvent) => {
      const p = propsOf(e);
      if (p && !p.cluster) select(p.key);
    };
    const onClusterClick = (e: MapLayerMouseEvent) => {
      const p = propsOf(e);
      if (!p?.cluster) return;
      zoomIntoCluster(map, [p.west, p.south, p.east, p.north]);
    };
    const onSiteHover = (e: MapLayerMouseEvent) => {
      const p = propsOf(e);
      if (p && !p.cluster && p.key !== currentHover()) hover(p.key);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => {
      map.getCanvas().style.cursor = '';
      if (currentHover()) hover(null);
    };
    // What MapLibre really drew, for tests and the e2e driver: sites (cluster members counted)
    // and features (a cluster counts once).
    const reportRendered = () => {
      const singles = new Set<string>();
      const clusters = new Map<string, number>();
      const clusterPoints: string[] = [];
      for (const f of map.queryRenderedFeatures({ layers: CLICKABLE_SITE_LAYERS })) {
        const p = f.properties as MapPointProperties;
        if (!p.cluster) singles.add(p.key);
        else if (!clusters.has(p.id)) {
          clusters.set(p.id, p.count);
          // Where a person would click each cluster (screen pixels), for end-to-end tests.
          if (f.geometry.type === 'Point' && clusterPoints.length < 20) {
            const { x, y } = map.project(f.geometry.coordinates as [number, number]);
            const [dx, dy] = CLUSTER_OFFSET[p.kind];
            clusterPoints.push(`${Math.round(x + dx)},${Math.round(y + dy)},${p.count}`);
          }
        }
      }
      let inClusters = 0;
      for (const n of clusters.values()) inClusters += n;
      const container = map.getContainer();
      container.dataset.renderedSites = String(singles.size + inClusters);
      container.dataset.renderedFeatures = String(singles.size + clusters.size);
      container.dataset.renderedClusters = String(clusters.size);
      container.dataset.clusterPoints = clusterPoints.join(';');
      container.dataset.zoom = map.getZoom().toFixed(2);
      container.dataset.mapReady = 'true';
    };
    for (const id of SITE_FEATURE_LAYERS) {
      map.on('click', id, onSiteClick);
      map.on('mousemove', id, onSiteHover);
    }
    for (const id of CLUSTER_LAYERS) map.on('click', id, onClusterClick);
    for (const id of CLICKABLE_SITE_LAYERS) {
      map.on('mouseenter', id, pointer);
      map.on('mouseleave', id, leave);
    }
    map.on('moveend', render);
    map.on('idle', reportRendered);
    return () => {
      for (const id of SITE_FEATURE_LAYERS) {
        map.off('click', id, onSiteClick);
        map.off('mousemove', id, onSiteHover);
      }
      for (const id of CLUSTER_LAYERS) map.off('click', id, onClusterClick);
      for (const id of CLICKABLE_SITE_LAYERS) {
        map.off('mouseenter', id, pointer);
        map.off('mouseleave', id, leave);
      }
      map.off('moveend', render);
      map.off('styleimagemissing', onMissingImage);
      map.off('idle', reportRendered);
    };
  }, [map]);

  // The map follows the results after the list has painted (the list must not wait for it);
  // rapid changes coalesce, only the latest result set is clustered. A hidden map waits: shown
  // again, it clusters the latest results once.
  useEffect(() => {
    if (map && shown) return afterNextPaint(render);
  }, [map, set, ids, shown]);

  useEffect(() => {
    if (map) applyStates();
  }, [map, selectedKey, hoveredKey]);
}

function addMarkBlockerImage(map: SiteMapInstance) {
  if (map.hasImage(MARK_BLOCKER_IMAGE)) return;
  const size = MARK_BLOCKER_SIZE;
  map.addImage(MARK_BLOCKER_IMAGE, { width: size, height: size, data: new Uint8Array(size * size * 4) });
}
