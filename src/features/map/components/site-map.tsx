import '@/styles/map.css';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { appConfig } from '@/config/app-config';
import { initialBasemap, useBasemap, type BasemapId } from '@/lib/map/basemap/use-basemap';
import { ALL_CONTEXT_SHOWN, useContextLayers } from '@/lib/map/basemap/use-context-layers';
import { createOfflineBasemapStyle } from '@/lib/map/basemap-style';
import { fitPadding, type Bounds } from '@/lib/map/camera';
import { boundsOfIds } from '@/lib/map/cluster/bounds-of';
import { once } from '@/lib/once';
import type { MapSiteSet } from '@/lib/map/cluster/map-site-set';
import { useDrawArea, type DrawMode } from '@/lib/map/draw/use-draw-area';
import { useRadiusLayer, type RadiusSearch } from '@/lib/map/draw/use-radius-layer';
import { useSearchAreaLayer } from '@/lib/map/draw/use-search-area-layer';
import type { OverlayData, OverlayId } from '@/lib/map/overlays/overlay-layers';
import { useOverlayLayers } from '@/lib/map/overlays/use-overlay-layers';
import type { SiteMapInstance } from '@/lib/map/create-map';
import { useMapInstance } from '@/lib/map/use-map-instance';
import { useMapMoveEnd, visibleBounds } from '@/lib/map/use-map-move-end';
import { useMapPopup } from '@/lib/map/use-map-popup';
import { REGION_BOUNDS } from '@/lib/map/preview-view';
import { useSiteLayers } from '@/lib/map/use-site-layers';
import { useViewportHash } from '@/lib/map/use-viewport-hash';
import { useHoveredSite } from '@/lib/selection/hovered-site';
import type { Site } from '@/lib/sites/site';
import { useMapCamera } from '../hooks/use-map-camera';
import { useMapKeyboard } from '../hooks/use-map-keyboard';
import { LayerPanel, type SiteKindsShown } from './layer-panel';
import { MapKeyStatus } from './map-key-status';
import { MapToolbar } from './map-toolbar';

export interface SiteMapProps {
  /** All loaded sites as columns (built once per dataset). */
  set: MapSiteSet;
  /** Indices into `set` of the matching sites. */
  ids: Uint32Array;
  /** Pixels at the bottom covered by the result sheet (phone), when the map starts. */
  bottomInset?: number;
  selected: Site | null;
  /** Show the selected site's popup (a selection on the search view, not on its detail page). */
  showPopup: boolean;
  renderPopup: (site: Site) => ReactNode;
  onSelect: (siteKey: string) => void;
  onClearSelection: () => void;
  area: [number, number][] | null;
  onArea: (ring: [number, number][] | null) => void;
  /** The `bbox` filter: set while "search as I move the map" is on. */
  bbox: Bounds | null;
  onBbox: (bbox: Bounds | null) => void;
  overlays: OverlayData;
  overlaysOn: Readonly<Record<OverlayId, boolean>>;
  onOverlaysOn: (on: Record<OverlayId, boolean>) => void;
  /** Changes on every navigation (keeps the viewport in the URL). */
  locationKey: string;
  /** Writes the URL fragment (`#map=…`) through the router, replacing the history entry. */
  onViewportHash: (hash: string) => void;
  /** The radius search (`near=` with `radius_km=`), drawn as its circle and origin. */
  radius: RadiusSearch | null;
  /**
   * What the map area showed before (the static preview): kept over the live map until its
   * first full frame, so the start shows no blank phase; a focus inside it moves to the map.
   */
  placeholder: ReactNode;
  /** The map is out of sight (the "Liste" view): it neither clusters nor moves until it shows. */
  hidden?: boolean;
}

/** The basemaps this build can show (its configuration does not change at run time). */
const BASEMAPS_AVAILABLE = {
  offline: true,
  selfHosted: appConfig.basemapPmtilesUrl !== null,
  streets: appConfig.streetsStyleUrl !== null,
  aerial: appConfig.aerialWmsUrl !== null,
};

/** The map beside the list: stays mounted while the panel beside it changes. */
export default function SiteMap(props: SiteMapProps) {
  const { set, ids, selected, area, bbox, bottomInset } = props;
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const toolsRef = useRef<HTMLDivElement>(null);
  const placeholderRef = useRef<HTMLDivElement>(null);
  // The live map starts where the preview showed the results (same fit, same padding).
  const [startBounds] = useState(() => boundsOfIds(set, ids) ?? REGION_BOUNDS);
  const style = useMemo(
    () =>
      createOfflineBasemapStyle({
        baseUrl: import.meta.env.BASE_URL,
        lang: i18n.language === 'en' ? 'en' : 'de',
        deferContext: true,
      }),
    [i18n.language],
  );
  const state = useMapInstance(containerRef, {
    style,
    bounds: startBounds,
    bottomInset,
    labels: {
      map: t('map.canvas'),
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      resetBearing: t('map.resetBearing'),
      fullscreenEnter: t('map.fullscreenEnter'),
      fullscreenExit: t('map.fullscreenExit'),
      popupClose: t('map.popupClose'),
    },
  });
  const map = state.map;

  const [kinds, setKinds] = useState<SiteKindsShown>({ plot: true, hall: true });
  const [basemap, setBasemap] = useState<BasemapId>(() => initialBasemap(appConfig));
  const [context, setContext] = useState(ALL_CONTEXT_SHOWN);
  useContextLayers(map, context);
  const [notice, setNotice] = useState<string | null>(null);
  const [drawMode, setDrawMode] = useState<DrawMode | null>(null);

  const shownIds = useMemo(
    () =>
      kinds.plot && kinds.hall ? ids : ids.filter((i) => (set.isHall[i] === 1 ? kinds.hall : kinds.plot)),
    [ids, set, kinds],
  );
  const hoveredKey = useHoveredSite((s) => s.key);
  const setHovered = useHoveredSite((s) => s.set);
  const pickedOnMap = useRef<string | null>(null);
  useSiteLayers(map, {
    set,
    ids: shownIds,
    shown: !props.hidden,
    selectedKey: selected?.key ?? null,
    hoveredKey,
    onSelect: (key) => {
      pickedOnMap.current = key;
      props.onSelect(key);
    },
    onHover: setHovered,
  });
  const keyAnnouncement = useMapKeyboard(map, {
    set,
    ids: shownIds,
    selectedKey: selected?.key ?? null,
    onSelect: (key) => {
      pickedOnMap.current = key;
      props.onSelect(key);
    },
  });
  useOverlayLayers(map, props.overlays, props.overlaysOn);
  useSearchAreaLayer(map, drawMode === 'edit' ? null : area);
  useRadiusLayer(map, props.radius);
  useDrawArea(map, {
    mode: drawMode,
    area,
    onArea: (ring) => {
      props.onArea(ring);
      if (drawMode !== 'edit') setDrawMode(null);
    },
  });
  useBasemap(map, {
    id: basemap,
    offlineStyle: style,
    online: appConfig,
    onFallback: (id) => {
      setBasemap('offline');
      setNotice(t('layers.fallback', { name: t(`layers.basemap_${id}`) }));
    },
  });

  const initialViewport = useViewportHash(map, props.locationKey, props.onViewportHash);
  // Computed on first read, after the new list has painted (the camera's follow), once per result.
  const resultBounds = useMemo(() => once(() => boundsOfIds(set, ids)), [set, ids]);
  const camera = useMapCamera(map, {
    resultBounds,
    startBounds,
    selected,
    initialViewport,
    pickedOnMap,
    searchAsMove: bbox !== null,
    shown: !props.hidden,
    padding: () => (containerRef.current ? fitPadding(containerRef.current, toolsRef.current) : 48),
  });
  const firstFrame = useFirstFrame(map, placeholderRef);
  const pickBasemap = useCallback((id: BasemapId) => {
    setNotice(null);
    setBasemap(id);
  }, []);
  useMapMoveEnd(map, bbox !== null, props.onBbox);

  const popupAt: [number, number] | null = props.showPopup && selected ? [selected.lon, selected.lat] : null;
  const popupContent = useMapPopup(map, popupAt, props.onClearSelection);

  return (
    <section className="site-map" aria-label={t('map.label')}>
      <div ref={containerRef} className="site-map__canvas" />
      {!firstFrame && (
        <div ref={placeholderRef} className="site-map__placeholder">
          {props.placeholder}
        </div>
      )}
      {state.status === 'loading' && <p className="site-map__status">{t('map.loading')}</p>}
      {state.status === 'failed' && (
        <p className="site-map__status" role="alert">
          {t('map.unavailable')}
        </p>
      )}
      {map && (
        <div className="site-map__tools" ref={toolsRef}>
          <MapToolbar
            canFit={ids.length > 0}
            onFit={camera.fitResults}
            searchAsMove={bbox !== null}
            onSearchAsMove={(on) => props.onBbox(on ? visibleBounds(map) : null)}
            drawMode={drawMode}
            onDrawMode={setDrawMode}
            hasArea={area !== null}
            onRemoveArea={() => props.onArea(null)}
          />
          <LayerPanel
            kinds={kinds}
            onKinds={setKinds}
            overlays={props.overlaysOn}
            onOverlays={props.onOverlaysOn}
            basemap={basemap}
            onBasemap={pickBasemap}
            available={BASEMAPS_AVAILABLE}
            context={context}
            onContext={setContext}
          />
          {notice && (
            <p className="site-map__notice" role="status">
              {notice}
            </p>
          )}
        </div>
      )}
      <MapKeyStatus announcement={keyAnnouncement} />
      {popupAt && selected && createPortal(props.renderPopup(selected), popupContent)}
    </section>
  );
}

/**
 * False until the live map has drawn its first full frame (everything loaded): the placeholder
 * stays over it until then. A focus inside the placeholder ("Karte laden") moves to the map.
 */
function useFirstFrame(map: SiteMapInstance | null, placeholder: RefObject<HTMLElement | null>) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!map) return;
    const onIdle = () => {
      if (placeholder.current?.contains(document.activeElement)) map.getCanvas().focus();
      setDrawn(true);
    };
    map.once('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, placeholder]);
  return drawn;
}
