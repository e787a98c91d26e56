import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createOfflineBasemapStyle } from '@/lib/map/basemap-style';
import { fitCameraTo } from '@/lib/map/camera';
import { sitesBounds } from '@/lib/map/sites-geojson';
import { useMapInstance } from '@/lib/map/use-map-instance';
import { useSiteLayers } from '@/lib/map/use-site-layers';
import type { Site } from '@/lib/sites/site';
import { MapLegend } from './map-legend';

export interface SiteMapProps {
  sites: readonly Site[];
  selected: Site | null;
  onSelect: (siteKey: string) => void;
}

/** The map beside the list: stays mounted while the panel beside it changes. */
export default function SiteMap({ sites, selected, onSelect }: SiteMapProps) {
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const style = useMemo(
    () =>
      createOfflineBasemapStyle({
        baseUrl: import.meta.env.BASE_URL,
        lang: i18n.language === 'en' ? 'en' : 'de',
      }),
    [i18n.language],
  );
  const state = useMapInstance(containerRef, {
    style,
    labels: { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), resetBearing: t('map.resetBearing') },
  });
  const map = state.map;
  useSiteLayers(map, { sites, selectedKey: selected?.key ?? null, onSelect });

  // The camera follows the app: fit to the results once they arrive, then to a selected site.
  const fittedResults = useRef(false);
  useEffect(() => {
    if (!map || fittedResults.current || selected) return;
    const bounds = sitesBounds(sites);
    if (!bounds) return;
    fittedResults.current = true;
    fitCameraTo(map, bounds, { maxZoom: 11, animate: false });
  }, [map, sites, selected]);
  useEffect(() => {
    if (!map || !selected) return;
    fittedResults.current = true;
    fitCameraTo(map, siteBoundsOf(selected), { maxZoom: 14 });
  }, [map, selected]);

  return (
    <section className="site-map" aria-label={t('map.label')}>
      <div ref={containerRef} className="site-map__canvas" />
      {state.status === 'loading' && <p className="site-map__status">{t('map.loading')}</p>}
      {state.status === 'failed' && (
        <p className="site-map__status" role="alert">
          {t('map.unavailable')}
        </p>
      )}
      <MapLegend />
    </section>
  );
}

function siteBoundsOf(site: Site): [number, number, number, number] {
  if (site.geometry.type === 'Point') return [site.lon, site.lat, site.lon, site.lat];
  const polygons = site.geometry.type === 'Polygon' ? [site.geometry.coordinates] : site.geometry.coordinates;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of polygons.flatMap((p) => p))
    for (const [x, y] of ring) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return [w, s, e, n];
}
