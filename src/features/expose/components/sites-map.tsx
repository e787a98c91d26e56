import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTEXT_ATTRIBUTION } from '@/lib/map/basemap/context-layers';
import { contextBasemapQueryOptions } from '@/lib/map/context-svg/load-basemap';
import { fitProjection, type LocalProjection } from '@/lib/map/context-svg/projection';
import { ContextShapes, MotorwayShields, TownLabels } from '@/components/context-map-layers';

const SIZE = 400;
const MARKER_R = 11;

/** A site on the overview map: where it is and the number it carries in the list. */
export interface NumberedSite {
  key: string;
  lon: number;
  lat: number;
  kind: 'plot' | 'hall';
  number: number;
}

function Markers({ sites, proj }: { sites: readonly NumberedSite[]; proj: LocalProjection }) {
  // Later numbers first, so number 1 is drawn on top where markers overlap.
  const drawn = [...sites].reverse();
  return (
    <g className="sites-map__markers">
      {drawn.map((site) => {
        const [x, y] = proj.project([site.lon, site.lat]);
        return (
          <g
            key={site.key}
            className={`sites-map__marker sites-map__marker--${site.kind}`}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
          >
            <circle r={MARKER_R} />
            <text y="4.5">{site.number}</text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Several sites on one static map (the shortlist's overview): numbered markers over the offline
 * basemap's towns, motorways, rail and water, drawn as SVG like the exposé's context map, so it
 * is light and prints. The list beside it carries the information; the map is one labelled image.
 */
export function SitesMap({ sites, label }: { sites: readonly NumberedSite[]; label: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(contextBasemapQueryOptions(import.meta.env.BASE_URL));
  if (sites.length === 0) return null;
  const proj = fitProjection(
    sites.map((s) => [s.lon, s.lat]),
    SIZE,
  );
  const lang = i18n.language === 'en' ? 'en' : 'de';
  return (
    <figure className="context-map sites-map" data-ready={query.isSuccess}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label}>
        <rect width={SIZE} height={SIZE} className="context-map__land" />
        {query.data && <ContextShapes data={query.data} proj={proj} />}
        {query.data && <MotorwayShields data={query.data} proj={proj} />}
        {query.data && <TownLabels data={query.data} proj={proj} />}
        <Markers sites={sites} proj={proj} />
      </svg>
      <figcaption>
        {query.isError && <span className="context-map__error">{t('expose.mapError')} </span>}
        {CONTEXT_ATTRIBUTION[lang]}; {t('expose.townsSource')}
      </figcaption>
    </figure>
  );
}
