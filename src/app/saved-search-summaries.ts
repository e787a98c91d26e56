import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '@/features/saved-searches/saved-search-format';
import { filterSummary } from '@/features/search/components/active-filters';
import { districtsQueryOptions } from '@/features/search/places/districts-query';
import { gazetteerQueryOptions } from '@/features/search/places/gazetteer-query';
import { withDistrictNames } from '@/features/search/hooks/known-areas';
import { useContextItems } from '@/lib/context/use-context-items';
import { useFormatters } from '@/lib/i18n/format';
import { localizedText } from '@/lib/i18n/localized-text';
import { buildSiteIndex } from '@/lib/search/engine/site-index';
import { lonLat } from '@/lib/search/param-decoders';
import { useSites } from '@/lib/sites/use-sites';
import { useDecodedSavedSearches } from './decoded-saved-searches';

/**
 * What each saved search holds, as the search page's filter chips read ("Fläche ab: 10,00 ha ·
 * Gleisanschluss"): a search renamed to "Favoriten" still says what it finds. Districts,
 * municipalities, places and project regions are named once the sites, the gazetteers and the
 * context items are in (their keys until then).
 */
export function useSavedSearchSummaries(searches: readonly SavedSearch[]): (search: SavedSearch) => string {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { sites } = useSites();
  const index = useMemo(() => buildSiteIndex(sites), [sites]);
  const decoded = useDecodedSavedSearches(searches);
  const nearIds = useMemo(
    () => new Set([...decoded.values()].flatMap((p) => (p.near && !lonLat(p.near) ? [p.near] : []))),
    [decoded],
  );
  const places = useQuery({ ...gazetteerQueryOptions(), enabled: nearIds.size > 0 });
  const districtKeys = useMemo(
    () => new Set([...decoded.values()].flatMap((p) => p.district ?? [])),
    [decoded],
  );
  const districts = useQuery({ ...districtsQueryOptions(), enabled: districtKeys.size > 0 });
  const { projects, news, events } = useContextItems();
  const names = useMemo(() => {
    const regions = new Set([...decoded.values()].flatMap((p) => (p.region ? [p.region] : [])));
    const siteNames = withDistrictNames(index.names, districts.data, districtKeys);
    const named = [
      ...(places.data ?? []).filter((p) => nearIds.has(p.id)).map((p) => [p.id, p.name] as const),
      ...[...projects, ...news, ...events]
        .filter((item) => regions.has(item.id))
        .map((item) => [item.id, localizedText(item, 'title', i18n.language).text] as const),
    ];
    return named.length === 0 ? siteNames : new Map([...siteNames, ...named]);
  }, [
    index.names,
    districts.data,
    districtKeys,
    places.data,
    nearIds,
    decoded,
    projects,
    news,
    events,
    i18n.language,
  ]);
  return useCallback(
    (search) => filterSummary(decoded.get(search.query) ?? {}, { t, f, names }),
    [decoded, t, f, names],
  );
}
