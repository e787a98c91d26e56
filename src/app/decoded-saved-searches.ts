import { useMemo } from 'react';
import type { SavedSearch } from '@/features/saved-searches/saved-search-format';
import { decodeSearch, parseQueryString, type SearchParams } from '@/lib/search/search-params';

/** Each saved search's parameters, decoded once per list, by query. */
export function useDecodedSavedSearches(searches: readonly SavedSearch[]): ReadonlyMap<string, SearchParams> {
  return useMemo(
    () => new Map(searches.map((s) => [s.query, decodeSearch(parseQueryString(s.query)).params])),
    [searches],
  );
}
