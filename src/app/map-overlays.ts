import { useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gazetteerQueryOptions } from '@/features/search/places/gazetteer-query';
import { useContextItems } from '@/lib/context/use-context-items';
import { localizedText } from '@/lib/i18n/localized-text';
import type { OverlayData, OverlayId } from '@/lib/map/overlays/overlay-layers';
import type { Site } from '@/lib/sites/site';

type Labelled = FeatureCollection<Geometry, { label: string }>;
const collection = (features: Feature<Geometry, { label: string }>[]): Labelled => ({
  type: 'FeatureCollection',
  features,
});
const pointFeature = (lon: number, lat: number, label: string): Feature<Geometry, { label: string }> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { label },
});

/** Airports and junctions ship with the app (data/, the same files the data build measures to). */
const infrastructureQuery = {
  queryKey: ['infrastructure'] as const,
  queryFn: async () => {
    const [airports, junctions] = await Promise.all([
      import('../../data/airports.json'),
      import('../../data/junctions.json'),
    ]);
    return { airports: airports.default, junctions: junctions.default };
  },
  staleTime: Infinity,
  gcTime: Infinity,
};

/** The outline code (a convex hull with its dependencies) loads with the regions layer, not at start. */
const regionOutlineQuery = {
  queryKey: ['region-outline-code'] as const,
  queryFn: () => import('@/lib/context/region-outline'),
  staleTime: Infinity,
  gcTime: Infinity,
  structuralSharing: false,
};

/**
 * The map's context layers, built from what the app already has (news and projects) or loads
 * on first use (airports, junctions, the gazetteer and the outline code for regions): only what is
 * switched on.
 */
export function useMapOverlays(
  wanted: Readonly<Record<OverlayId, boolean>>,
  sites: readonly Site[],
): OverlayData {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { news, projects } = useContextItems();
  const infrastructure = useQuery({ ...infrastructureQuery, enabled: wanted.airports || wanted.junctions });
  const gazetteer = useQuery({ ...gazetteerQueryOptions(), enabled: wanted.regions });
  const outlines = useQuery({ ...regionOutlineQuery, enabled: wanted.regions });
  const infra = infrastructure.data;
  const places = gazetteer.data;
  const outlineCode = outlines.data;
  return useMemo(() => {
    const data: OverlayData = {};
    if (infra) {
      data.airports = collection(
        infra.airports.map((a) => pointFeature(a.lon, a.lat, `${a.name} (${a.iata})`)),
      );
      data.junctions = collection(
        infra.junctions.map((j) => pointFeature(j.lon, j.lat, `${j.autobahn} ${j.name}`)),
      );
    }
    data.news = collection(
      news.flatMap((n) =>
        n.point ? [pointFeature(n.point.lon, n.point.lat, localizedText(n, 'title', language).text)] : [],
      ),
    );
    if (places && outlineCode) {
      data.regions = collection(
        projects.flatMap((p) => {
          const points = outlineCode.regionMemberPoints(p, places, sites);
          const label = t('layers.approximate', { title: localizedText(p, 'title', language).text });
          const outline = outlineCode.regionOutline(points);
          if (outline) return [{ type: 'Feature', geometry: outline, properties: { label } }];
          return points.map(([lon, lat]) => pointFeature(lon, lat, label));
        }),
      );
    }
    return data;
  }, [infra, news, places, outlineCode, projects, sites, t, language]);
}
