import { useMemo } from 'react';
import { activeCriteria } from '@/lib/search/criteria/active-criteria';
import { siteFit, type Fit } from '@/lib/search/engine/fit';
import { sitePositions } from '@/lib/search/engine/site-index';
import type { SearchParams } from '@/lib/search/search-param-table';
import type { Site } from '@/lib/sites/site';
import type { SearchedFor } from '../searched-facts';
import type { SiteSearch } from './use-site-search';

function fitReader(fit: Fit, sites: readonly Site[]) {
  return (site: Site) => {
    const i = sitePositions(sites).get(site);
    return i === undefined ? null : siteFit(fit, i);
  };
}

/** What the URL's search asks for, once per change: one object for every card and popup. */
export function useSearchedFor(params: SearchParams, search: SiteSearch): SearchedFor {
  const { nearPoint, nearPlace, index } = search;
  const { fit } = search.result;
  return useMemo(
    () => ({
      criteria: activeCriteria(params),
      near: params.near && nearPoint ? { point: nearPoint, place: nearPlace?.name ?? null } : null,
      fitOf: fit ? fitReader(fit, index.sites) : null,
    }),
    [params, nearPoint, nearPlace, fit, index],
  );
}
