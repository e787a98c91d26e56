import { useEffect, useEffectEvent } from 'react';
import type { SiteMapInstance } from '../create-map';
import { toAreaPolygon, toAreaRing } from './area-ring';

/** `polygon` and `rectangle` draw a new area; `edit` moves the vertices of the current one. */
export type DrawMode = 'polygon' | 'rectangle' | 'edit';

interface DrawAreaOptions {
  mode: DrawMode | null;
  /** The current area (from the URL), loaded for editing. */
  area: [number, number][] | null;
  /** A finished drawing or edit: the URL's ring. */
  onArea: (ring: [number, number][]) => void;
  onReady?: () => void;
}

const AREA_COLOR = '#7c3aed';

/**
 * Drawing a search area with terra-draw (decision 0010), loaded only when the user starts
 * drawing. While `mode` is set, terra-draw owns the pointer; each finished polygon, rectangle
 * or edit is handed to `onArea`. Without a mode the area is drawn by `useSearchAreaLayer`.
 */
export function useDrawArea(map: SiteMapInstance | null, { mode, area, onArea, onReady }: DrawAreaOptions) {
  const finish = useEffectEvent(onArea);
  const ready = useEffectEvent(() => onReady?.());
  const currentArea = useEffectEvent(() => area);

  useEffect(() => {
    if (!map || !mode) return;
    let stopped = false;
    let stop = () => {};
    void Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]).then(
      ([td, { TerraDrawMapLibreGLAdapter }]) => {
        if (stopped) return;
        const styles = {
          fillColor: AREA_COLOR as `#${string}`,
          outlineColor: AREA_COLOR as `#${string}`,
          fillOpacity: 0.12,
          outlineWidth: 2,
        };
        const draw = new td.TerraDraw({
          adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'search-area-draw' }),
          modes: [
            new td.TerraDrawPolygonMode({ styles }),
            new td.TerraDrawRectangleMode({ styles }),
            new td.TerraDrawSelectMode({
              flags: {
                polygon: {
                  feature: {
                    draggable: true,
                    coordinates: { draggable: true, midpoints: true, deletable: true },
                  },
                },
              },
            }),
          ],
        });
        draw.start();
        const ring = currentArea();
        if (mode === 'edit' && ring) {
          const [result] = draw.addFeatures([
            { type: 'Feature', geometry: toAreaPolygon(ring), properties: { mode: 'polygon' } },
          ]);
          draw.setMode('select');
          if (result?.valid) draw.selectFeature(result.id!);
        } else draw.setMode(mode === 'edit' ? 'polygon' : mode);
        draw.on('finish', (id) => {
          const feature = draw.getSnapshotFeature(id);
          if (feature?.geometry.type !== 'Polygon') return;
          const next = toAreaRing(feature.geometry.coordinates[0]!);
          if (next) finish(next);
        });
        stop = () => draw.stop();
        map.getContainer().dataset.drawMode = mode;
        ready();
      },
    );
    return () => {
      stopped = true;
      stop();
      delete map.getContainer().dataset.drawMode;
    };
  }, [map, mode]);
}
