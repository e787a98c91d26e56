import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { appConfig } from '@/config/app-config';
import type { InvalidRecord } from '@/lib/sites/validate-sites';
import type { ContextItem } from './context-item';
import { contextQueryOptions, type ContextSource, type LoadedContext } from './context-query';

export interface ContextState {
  news: ContextItem[];
  projects: ContextItem[];
  events: ContextItem[];
  invalid: InvalidRecord[];
  isPending: boolean;
  /** Collections that failed to load, with their error. */
  errors: { collectionId: string; error: Error; retry: () => void }[];
  /** Collections whose paging stopped early, with how many items were read (and are shown). */
  incomplete: ContextIncomplete[];
}

export interface ContextIncomplete {
  collectionId: string;
  reason: NonNullable<LoadedContext['incomplete']>['reason'];
  url: string;
  loaded: number;
}

const SOURCES: ContextSource[] = [
  { landingUrl: appConfig.apiLandingUrl, collectionId: 'news', kind: 'news' },
  { landingUrl: appConfig.apiLandingUrl, collectionId: 'projects', kind: 'project' },
  { landingUrl: appConfig.apiLandingUrl, collectionId: 'events', kind: 'event' },
];
const QUERIES = SOURCES.map((s) => contextQueryOptions(s));

function combine(results: UseQueryResult<LoadedContext>[]): ContextState {
  const items = (i: number) => results[i]?.data?.items ?? [];
  return {
    news: items(0),
    projects: items(1),
    events: items(2),
    invalid: results.flatMap((r) => r.data?.invalid ?? []),
    isPending: results.some((r) => r.isPending),
    incomplete: results.flatMap((r, i) => {
      const stop = r.data?.incomplete;
      return stop ? [{ collectionId: SOURCES[i]!.collectionId, ...stop, loaded: r.data!.items.length }] : [];
    }),
    errors: results.flatMap((r, i) =>
      r.error
        ? [{ collectionId: SOURCES[i]!.collectionId, error: r.error, retry: () => void r.refetch() }]
        : [],
    ),
  };
}

/** News, projects and events together; each collection loads and fails on its own. */
export function useContextItems(): ContextState {
  return useQueries({ queries: QUERIES, combine });
}
