import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { searchAreaLayers, SEARCH_AREA_SOURCE } from './draw/search-area-layers';
import { OVERLAY_IDS, overlayLayers, overlaySourceId } from './overlays/overlay-layers';
import {
  CLICKABLE_SITE_LAYERS,
  CLUSTER_LAYERS,
  PLOT_AREAS_SOURCE,
  SITE_POINTS_SOURCE,
  siteLayers,
  TOP_SITE_LAYERS,
} from './site-layers';

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };

describe('map layer specs', () => {
  it('are valid MapLibre layers on their sources', () => {
    const style: StyleSpecification = {
      version: 8,
      // The cluster counts name a font: the offline basemap serves it through font-faces.
      glyphs: 'https://example.org/{fontstack}/{range}.pbf',
      sources: {
        [SITE_POINTS_SOURCE]: empty,
        [PLOT_AREAS_SOURCE]: empty,
        [SEARCH_AREA_SOURCE]: empty,
        ...Object.fromEntries(OVERLAY_IDS.map((id) => [overlaySourceId(id), empty])),
      },
      layers: [...siteLayers, ...searchAreaLayers, ...OVERLAY_IDS.flatMap((id) => overlayLayers[id])],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draw single sites over clusters, and the cluster counts and mark blockers last', () => {
    const ids = siteLayers.map((l) => l.id);
    for (const single of ['plot-points', 'hall-points'])
      for (const cluster of CLUSTER_LAYERS) expect(ids.indexOf(single)).toBeGreaterThan(ids.indexOf(cluster));
    expect(ids.slice(-3)).toEqual(['plot-cluster-counts', 'hall-cluster-counts', 'site-mark-blockers']);
    expect(TOP_SITE_LAYERS).toEqual(ids.slice(-3));
  });

  it('keep labels off counts and marks: both take part in placement and are always drawn', () => {
    for (const id of TOP_SITE_LAYERS) {
      const layout = siteLayers.find((l) => l.id === id)!.layout as Record<string, unknown>;
      const part = id === 'site-mark-blockers' ? 'icon' : 'text';
      expect(layout[`${part}-allow-overlap`]).toBe(true);
      expect(layout[`${part}-ignore-placement`]).toBe(false);
    }
  });

  it('make every site and cluster clickable, and nothing else', () => {
    expect([...CLICKABLE_SITE_LAYERS].sort()).toEqual([
      'hall-clusters',
      'hall-points',
      'plot-areas-fill',
      'plot-clusters',
      'plot-points',
    ]);
  });

  it('tell plots and halls apart in clusters too, side by side where both cluster', () => {
    const paint = (id: string) => siteLayers.find((l) => l.id === id)!.paint as Record<string, unknown>;
    expect(paint('plot-clusters')['circle-color']).not.toEqual(paint('hall-clusters')['circle-color']);
    expect(paint('plot-clusters')['circle-translate']).toEqual([-11, 0]);
    expect(paint('hall-clusters')['circle-translate']).toEqual([11, 0]);
  });
});
