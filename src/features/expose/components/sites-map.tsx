import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTEXT_ATTRIBUTION } from '@/lib/map/basemap/context-layers';
import { contextBasemapQueryOptions } from '@/lib/map/context-svg/load-basemap';
import { fitProjection, type LocalProjection } from '@/lib/map/context-svg/projection';
import { spreadMarkers } from '@/lib/map/context-svg/spread-markers';
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

interface PlacedMarker {
  site: NumberedSite;
  at: [number, number];
  where: [number, number];
}

/** The markers' places: those that would cover one another set apart (spread-markers.ts). */
function placeMarkers(sites: readonly NumberedSite[], proj: LocalProjection): PlacedMarker[] {
  const spread = spreadMarkers(
    sites.map((s) => proj.project([s.lon, s.lat])),
    MARKER_R,
    SIZE,
  );
  return sites.map((site, i) => ({ site, at: spread[i]!.at, where: spread[i]!.site }));
}

function Markers({ placed }: { placed: PlacedMarker[] }) {
  // A marker set apart has a line to where its site is.
  const moved = placed.filter(({ at, where }) => at[0] !== where[0] || at[1] !== where[1]);
  // Later numbers first, so number 1 is drawn on top where markers still overlap.
  const drawn = [...placed].reverse();
  return (
    <g className="sites-map__markers">
      {moved.map(({ site, at, where }) => (
        <g key={site.key} className="sites-map__leader">
          <line
            x1={where[0].toFixed(1)}
            y1={where[1].toFixed(1)}
            x2={at[0].toFixed(1)}
            y2={at[1].toFixed(1)}
          />
          <circle cx={where[0].toFixed(1)} cy={where[1].toFixed(1)} r={2.5} />
        </g>
      ))}
      {drawn.map(({ site, at: [x, y] }) => (
        <g
          key={site.key}
          className={`sites-map__marker sites-map__marker--${site.kind}`}
          transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
        >
          <circle r={MARKER_R} />
          <text y="4.5">{site.number}</text>
        </g>
      ))}
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
  const placed = placeMarkers(sites, proj);
  // No town name or motorway number under a marker.
  const avoid = placed.map(({ at }) => ({ at, halfWidth: MARKER_R, halfHeight: MARKER_R }));
  return (
    <figure className="context-map sites-map" data-ready={query.isSuccess}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label}>
        <rect width={SIZE} height={SIZE} className="context-map__land" />
        {query.data && <ContextShapes data={query.data} proj={proj} />}
        {query.data && <MotorwayShields data={query.data} proj={proj} avoid={avoid} />}
        {query.data && <TownLabels data={query.data} proj={proj} avoid={avoid} />}
        <Markers placed={placed} />
      </svg>
      <figcaption>
        {query.isError && <span className="context-map__error">{t('expose.mapError')} </span>}
        {CONTEXT_ATTRIBUTION[lang]}; {t('expose.townsSource')}
      </figcaption>
    </figure>
  );
}
