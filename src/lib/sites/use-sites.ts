import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { appConfig } from '@/config/app-config';
import type { Site } from './site';
import { sitesQueryOptions, type SiteSource } from './sites-query';
import type { InvalidRecord, ValidatedCollection } from './validate-sites';

export interface CollectionState {
  source: SiteSource;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

export interface SitesState {
  sites: Site[];
  invalid: InvalidRecord[];
  collections: CollectionState[];
  isPending: boolean;
}

const SOURCES: SiteSource[] = [
  { landingUrl: appConfig.apiLandingUrl, collectionId: appConfig.plotsCollectionId, kind: 'plot' },
  { landingUrl: appConfig.apiLandingUrl, collectionId: appConfig.hallsCollectionId, kind: 'hall' },
];
const QUERIES = SOURCES.map((s) => sitesQueryOptions(s));

/** Module-level so TanStack Query memoises the combined result between renders. */
function combine(results: UseQueryResult<ValidatedCollection>[]): SitesState {
  return {
    sites: results.flatMap((r) => r.data?.sites ?? []),
    invalid: results.flatMap((r) => r.data?.invalid ?? []),
    isPending: results.some((r) => r.isPending),
    collections: results.map((r, i) => ({
      source: SOURCES[i]!,
      isPending: r.isPending,
      error: r.error,
      retry: () => void r.refetch(),
    })),
  };
}

/** Plots and halls together; each collection loads, fails and retries on its own. */
export function useSites(): SitesState {
  return useQueries({ queries: QUERIES, combine });
}
