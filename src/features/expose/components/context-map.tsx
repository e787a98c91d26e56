import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '@/components/localized';
import type { Position } from '@/contract/geometry-schemas';
import { CONTEXT_ATTRIBUTION } from '@/lib/map/basemap/context-layers';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { contextBasemapQueryOptions } from '@/lib/map/context-svg/load-basemap';
import {
  localProjection,
  mapWidthKm,
  scaleBar,
  M_PER_DEG_LAT,
  type LocalProjection,
} from '@/lib/map/context-svg/projection';
import { ContextShapes, MotorwayShields, TownLabels } from '@/components/context-map-layers';
import { SiteMark } from './site-mark';

const SIZE = 400;

/** The site's outline rings (none for a point) and its extent in km. */
function siteShape(site: Site): { rings: Position[][]; extentKm: number } {
  const g = site.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  const lats = rings.flat().map((p) => p[1]);
  const extentKm = lats.length ? ((Math.max(...lats) - Math.min(...lats)) * M_PER_DEG_LAT) / 1000 : 0;
  return { rings, extentKm };
}

/** North arrow (top right) and scale bar in km (bottom left). */
function MapFurniture({ proj }: { proj: LocalProjection }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const bar = scaleBar(proj.metresPerPx, SIZE / 4);
  const y = SIZE - 16;
  return (
    <g className="context-map__furniture">
      <g transform={`translate(${SIZE - 24} 16)`} className="context-map__north">
        <path d="M0 0l8 22l-8-6l-8 6z" />
        <text y="38">{t('expose.north')}</text>
      </g>
      <rect x="8" y={y - 20} width={bar.length + 16} height="30" className="context-map__scale-box" />
      <path d={`M16 ${y - 4}v6h${bar.length.toFixed(1)}v-6`} className="context-map__scale" />
      <text x="16" y={y - 8} className="context-map__scale-label">
        {t('expose.scale', { km: f.number(bar.km, bar.km < 1 ? 1 : 0) })}
      </text>
    </g>
  );
}

/**
 * The site on a context map of about 20 km: towns, motorways, rail, water and districts of the
 * offline basemap, drawn as SVG (prints crisply, no WebGL). The data loads when this is shown.
 */
export function ContextMap({ site }: { site: Site }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalizedText();
  const query = useQuery(contextBasemapQueryOptions(import.meta.env.BASE_URL));
  const { rings, extentKm } = siteShape(site);
  const proj = localProjection([site.lon, site.lat], mapWidthKm(extentKm), SIZE);
  const lang = i18n.language === 'en' ? 'en' : 'de';
  return (
    <figure className="context-map" data-ready={query.isSuccess}>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('expose.mapLabel', { name: localize(site, 'name').text })}
      >
        <rect width={SIZE} height={SIZE} className="context-map__land" />
        {query.data && <ContextShapes data={query.data} proj={proj} />}
        {query.data && <MotorwayShields data={query.data} proj={proj} />}
        <SiteMark rings={rings} kind={site.kind} proj={proj} />
        {query.data && <TownLabels data={query.data} proj={proj} />}
        <MapFurniture proj={proj} />
      </svg>
      <figcaption>
        {query.isError && <span className="context-map__error">{t('expose.mapError')} </span>}
        {t('expose.mapNote', { approx: t(`field.position_approximate_${site.position_approximate}`) })} ·{' '}
        {CONTEXT_ATTRIBUTION[lang]}; {t('expose.townsSource')}
      </figcaption>
    </figure>
  );
}
