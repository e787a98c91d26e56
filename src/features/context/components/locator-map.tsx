import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../item-places';
import outline from '@/lib/map/region-outline.json';

/**
 * A small inline SVG locator: the outlines of Sachsen, Sachsen-Anhalt and Thüringen (from the
 * offline basemap, thinned by scripts/build-locator-outline.ts) with a dot per place. No map
 * library; equirectangular, scaled by cos(51°).
 */
const BOUNDS = { minLon: 9.8, maxLon: 15.1, minLat: 50.15, maxLat: 53.1 };
const KX = Math.cos((51 * Math.PI) / 180);
const SCALE = 40;
const WIDTH = Math.round((BOUNDS.maxLon - BOUNDS.minLon) * KX * SCALE);
const HEIGHT = Math.round((BOUNDS.maxLat - BOUNDS.minLat) * SCALE);

const x = (lon: number) => ((lon - BOUNDS.minLon) * KX * SCALE).toFixed(1);
const y = (lat: number) => ((BOUNDS.maxLat - lat) * SCALE).toFixed(1);

const PATHS = (outline as { code: string; rings: [number, number][][] }[]).map((s) => ({
  code: s.code,
  d: s.rings.map((r) => `M${r.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join('L')}Z`).join(''),
}));

export function LocatorMap({ points, label }: { points: readonly MapPoint[]; label: string }) {
  const { t } = useTranslation();
  return (
    <svg
      className="locator-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${t('context.locator')}: ${label}`}
    >
      {PATHS.map((p) => (
        <path key={p.code} d={p.d} className="locator-map__state" />
      ))}
      {points.map((p, i) => (
        <circle key={i} cx={x(p.lon)} cy={y(p.lat)} r={4} className="locator-map__dot" />
      ))}
    </svg>
  );
}
