import { useEffect, useEffectEvent, useRef } from 'react';
import type { ErrorEvent, StyleSpecification } from 'maplibre-gl';
import type { SiteMapInstance } from '../create-map';
import { asStyle, carryOverlays } from './merge-style';
import { reportBasemap } from './report-basemap';

export type BasemapId = 'offline' | 'selfHosted' | 'streets' | 'aerial';

/** In the order the layer panel lists them. */
export const BASEMAP_IDS: readonly BasemapId[] = ['offline', 'selfHosted', 'streets', 'aerial'];

export interface OnlineBasemaps {
  streetsStyleUrl: string | null;
  aerialWmsUrl: string | null;
  aerialAttribution: string;
  /** A self-hosted PMTiles archive (Protomaps basemap schema); the map starts on it when set. */
  basemapPmtilesUrl: string | null;
}

/** Where the map starts: on the deployment's own basemap when it has one. */
export const initialBasemap = (online: OnlineBasemaps): BasemapId =>
  online.basemapPmtilesUrl ? 'selfHosted' : 'offline';

export const AERIAL_SOURCE = 'aerial-imagery';
/** How long an online style may take before the offline basemap stays. */
export const STYLE_TIMEOUT_MS = 8000;

interface BasemapOptions {
  id: BasemapId;
  offlineStyle: StyleSpecification;
  online: OnlineBasemaps;
  /** The chosen online basemap failed: the offline one is shown again. */
  onFallback: (id: BasemapId) => void;
}

/** MapLibre's error events name the failing source in `sourceId` (not in its types). */
const sourceOf = (e: ErrorEvent): string | undefined => (e as ErrorEvent & { sourceId?: string }).sourceId;

async function fetchStyle(url: string): Promise<StyleSpecification> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), STYLE_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const style = asStyle(await response.json());
    if (!style) throw new Error('not a MapLibre style');
    return style;
  } finally {
    clearTimeout(timer);
  }
}

/** The style of a basemap that replaces the offline one, or null for those that do not. */
function replacingStyle(
  id: BasemapId,
  online: Pick<OnlineBasemaps, 'streetsStyleUrl' | 'basemapPmtilesUrl'>,
  offlineStyle: StyleSpecification,
): Promise<StyleSpecification> | null {
  if (id === 'streets' && online.streetsStyleUrl) return fetchStyle(online.streetsStyleUrl);
  if (id === 'selfHosted' && online.basemapPmtilesUrl) {
    const url = online.basemapPmtilesUrl;
    const lang = (offlineStyle.metadata as Record<string, unknown> | undefined)?.['standortfinder:lang'];
    // Loaded on demand: the pmtiles reader and the Protomaps layers stay out of the default bundle.
    return import('./self-hosted-style').then(({ selfHostedStyle }) =>
      selfHostedStyle(url, {
        lang: lang === 'en' ? 'en' : 'de',
        fontFaces: offlineStyle['font-faces'],
        sprite: offlineStyle.sprite,
        timeoutMs: STYLE_TIMEOUT_MS,
      }),
    );
  }
  return null;
}

/**
 * The basemap under the sites: the bundled offline style (always there), a self-hosted
 * PMTiles archive, an online street style, or aerial imagery from a WMS over the offline style. A failing online basemap falls
 * back to the offline one and says so through `onFallback`. The app's layers move along.
 */
export function useBasemap(
  map: SiteMapInstance | null,
  { id, offlineStyle, online, onFallback }: BasemapOptions,
) {
  const fallback = useEffectEvent(onFallback);
  const shown = useRef<'offline' | 'replaced'>('offline');
  const offlineIds = useRef(new Set(Object.keys(offlineStyle.sources)));
  const onlineIds = useRef(new Set<string>());

  const setBase = useEffectEvent((next: StyleSpecification, kind: 'offline' | 'replaced') => {
    if (!map) return;
    const leaving = shown.current === 'offline' ? offlineIds.current : onlineIds.current;
    map.setStyle(next, {
      diff: false,
      transformStyle: (previous, style) =>
        previous ? carryOverlays(previous, style, leaving, offlineStyle['font-faces']) : style,
    });
    shown.current = kind;
  });

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    const cleanups: (() => void)[] = [];
    const replacing = replacingStyle(
      id,
      { streetsStyleUrl: online.streetsStyleUrl, basemapPmtilesUrl: online.basemapPmtilesUrl },
      offlineStyle,
    );
    if (replacing) {
      replacing
        .then((style) => {
          if (cancelled) return;
          // The sources being left are read before the new ones are known (one style may replace another).
          setBase(style, 'replaced');
          onlineIds.current = new Set(Object.keys(style.sources));
          cleanups.push(reportBasemap(map, id, onlineIds.current));
          // Tiles that do not load are as bad as a style that does not: fall back once.
          const onError = (e: ErrorEvent) => {
            const sourceId = sourceOf(e);
            if (sourceId && onlineIds.current.has(sourceId)) {
              map.off('error', onError);
              fallback(id);
            }
          };
          map.on('error', onError);
          cleanups.push(() => map.off('error', onError));
        })
        .catch(() => {
          if (!cancelled) fallback(id);
        });
    } else {
      if (shown.current !== 'offline') setBase(offlineStyle, 'offline');
      cleanups.push(reportBasemap(map, 'offline', offlineIds.current));
    }

    if (id === 'aerial' && online.aerialWmsUrl) {
      const url = online.aerialWmsUrl;
      const add = () => {
        if (map.getSource(AERIAL_SOURCE)) return;
        map.addSource(AERIAL_SOURCE, {
          type: 'raster',
          tiles: [url],
          tileSize: 256,
          attribution: online.aerialAttribution,
        });
        // Over the offline land, under everything the app draws.
        const firstAppLayer = ['overlay-regions-fill', 'plot-areas-fill'].find((l) => map.getLayer(l));
        map.addLayer({ id: AERIAL_SOURCE, type: 'raster', source: AERIAL_SOURCE }, firstAppLayer);
      };
      const onError = (e: ErrorEvent) => {
        if (sourceOf(e) !== AERIAL_SOURCE) return;
        map.off('error', onError);
        fallback('aerial');
      };
      add();
      map.on('error', onError);
      cleanups.push(() => {
        map.off('error', onError);
        if (map.getLayer(AERIAL_SOURCE)) map.removeLayer(AERIAL_SOURCE);
        if (map.getSource(AERIAL_SOURCE)) map.removeSource(AERIAL_SOURCE);
      });
    }
    return () => {
      cancelled = true;
      for (const c of cleanups) c();
    };
  }, [
    map,
    id,
    online.streetsStyleUrl,
    online.aerialWmsUrl,
    online.aerialAttribution,
    online.basemapPmtilesUrl,
    offlineStyle,
  ]);
}
