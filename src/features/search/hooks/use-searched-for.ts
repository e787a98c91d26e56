import { useMemo } from 'react';
import { activeCriteria } from '@/lib/search/criteria/active-criteria';
import type { SearchParams } from '@/lib/search/search-param-table';
import type { SearchedFor } from '../searched-facts';
import type { SiteSearch } from './use-site-search';

/** What the URL's search asks for, once per change: one object for every card and popup. */
export function useSearchedFor(params: SearchParams, search: SiteSearch): SearchedFor {
  const { nearPoint, nearPlace } = search;
  return useMemo(
    () => ({
      criteria: activeCriteria(params),
      near: params.near && nearPoint ? { point: nearPoint, place: nearPlace?.name ?? null } : null,
    }),
    [params, nearPoint, nearPlace],
  );
}
