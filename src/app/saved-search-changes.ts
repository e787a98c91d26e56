import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ChangesOf } from '@/features/saved-searches/components/saved-search-list';
import { diffSnapshot } from '@/features/saved-searches/result-snapshot';
import type { SavedSearch } from '@/features/saved-searches/saved-search-format';
import { gazetteerQueryOptions } from '@/features/search/places/gazetteer-query';
import { useClock } from '@/lib/clock';
import { useContextItems } from '@/lib/context/use-context-items';
import { buildSiteIndex, dayNumber } from '@/lib/search/engine/site-index';
import { runQuery } from '@/lib/search/engine/run-query';
import { lonLat } from '@/lib/search/param-decoders';
import { sitesAtIds } from '@/lib/sites/site-sequence';
import { useSites } from '@/lib/sites/use-sites';
import { useDecodedSavedSearches } from './decoded-saved-searches';
import { regionTestOf } from './region-test';

/**
 * What is new or changed in each saved search since its last opening, against the data loaded
 * now: the filter engine runs each saved search's query (place and region resolved as on the
 * search page) and the results are diffed with the search's snapshot. Null while the sites,
 * or the places and regions a search names, are still loading.
 */
export function useSavedSearchChanges(searches: readonly SavedSearch[]): ChangesOf {
  const sitesState = useSites();
  const today = useClock().today();
  const index = useMemo(() => buildSiteIndex(sitesState.sites), [sitesState.sites]);
  const decoded = useDecodedSavedSearches(searches);
  const needsPlaces = [...decoded.values()].some((p) => p.near && !lonLat(p.near));
  const places = useQuery({ ...gazetteerQueryOptions(), enabled: needsPlaces });
  const context = useContextItems();
  const diffs = useMemo(() => {
    const out = new Map<string, ReturnType<typeof diffSnapshot>>();
    if (sitesState.isPending) return out;
    for (const search of searches) {
      const params = decoded.get(search.query)!;
      if (!search.opened) continue;
      if (params.near && !lonLat(params.near) && places.isPending) continue;
      if (params.region && context.isPending) continue;
      const place = params.near ? places.data?.find((p) => p.id === params.near) : undefined;
      const nearPoint = (params.near ? lonLat(params.near) : null) ?? (place ? [place.lon, place.lat] : null);
      const item = [...context.projects, ...context.news, ...context.events].find(
        (i) => i.id === params.region,
      );
      const inRegion = params.region ? regionTestOf(item, today) : null;
      const mask = inRegion ? Uint8Array.from(index.sites, (s) => (inRegion(s) ? 1 : 0)) : null;
      const result = runQuery(
        index,
        item ? params : { ...params, region: undefined },
        { today: dayNumber(today), nearPoint, inRegion: mask ? (i) => mask[i] === 1 : null },
        { nearMisses: false },
      );
      out.set(search.query, diffSnapshot(search.opened, sitesAtIds(index.sites, result.ids)));
    }
    return out;
  }, [sitesState.isPending, searches, decoded, index, today, places.isPending, places.data, context]);
  return useCallback((search) => diffs.get(search.query) ?? null, [diffs]);
}
