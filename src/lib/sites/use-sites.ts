import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { isSiteIndexReady, prepareSiteIndex } from '@/lib/search/engine/site-index';
import { appConfig } from '@/config/app-config';
import type { Site } from './site';
import { sitesQueryOptions, type LoadedCollection, type SiteSource } from './sites-query';
import type { InvalidRecord } from './validate-sites';

export interface CollectionState {
  source: SiteSource;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  /** Loaded, but the server has no features in this collection. */
  isEmpty: boolean;
  /** The last failure while TanStack Query still retries (null once it gave up: see `error`). */
  retrying: Error | null;
  /** Loaded only in part (see LoadedCollection.incomplete), with how many sites were read. */
  incomplete: (NonNullable<LoadedCollection['incomplete']> & { loaded: number }) | null;
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

/** What the queries say, before their sites are put together (see `combine`). */
interface QueriesState {
  loaded: (LoadedCollection | undefined)[];
  collections: CollectionState[];
  isPending: boolean;
}

/**
 * Module-level so TanStack Query memoises the combined result between renders. It leaves the
 * sites in their collections: TanStack Query compares each combined result with the one before,
 * deeply (`replaceEqualDeep`), and a list of every site there compared the plots with the halls
 * that stood at their places before, object by object, and handed out copies of them (57 ms at
 * 10,000 sites when the halls arrived first, a copy of every plot in their places).
 */
function combine(results: UseQueryResult<LoadedCollection>[]): QueriesState {
  return {
    loaded: results.map((r) => r.data),
    isPending: results.some((r) => r.isPending),
    collections: results.map((r, i) => ({
      source: SOURCES[i]!,
      isPending: r.isPending,
      error: r.error,
      retry: () => void r.refetch(),
      retrying: r.error === null && r.isFetching ? r.failureReason : null,
      isEmpty: r.data !== undefined && r.data.sites.length === 0 && r.data.invalid.length === 0,
      incomplete: r.data?.incomplete ? { ...r.data.incomplete, loaded: r.data.sites.length } : null,
    })),
  };
}

/** Every loaded site, plots first: the very objects the collections hold. */
function allSites(loaded: QueriesState['loaded']): Pick<SitesState, 'sites' | 'invalid'> {
  return {
    sites: loaded.flatMap((data) => data?.sites ?? []),
    invalid: loaded.flatMap((data) => data?.invalid ?? []),
  };
}

/**
 * How long the sites of a collection that arrived first wait for the others still on their
 * first attempt. Plots and halls usually arrive within a few hundred milliseconds of each other;
 * showing them together renders the list, the map preview and the facets once instead of twice
 * (each render of the first results was a long task on a phone). A collection that
 * failed, or is slower than this, no longer holds the others back.
 */
export const ARRIVAL_WINDOW_MS = 600;
const NOTHING: Site[] = [];
const NO_INVALID: InvalidRecord[] = [];

/** The state with every arrived collection reading as still loading (its sites not handed out yet). */
function heldBack(state: SitesState): SitesState {
  // No page takes a site of theirs for unknown while its sites are not handed out.
  const collections = state.collections.map((c) =>
    c.isPending ? c : { ...c, isPending: true, isEmpty: false },
  );
  return { sites: NOTHING, invalid: NO_INVALID, collections, isPending: true };
}

/** Plots and halls together; each collection loads, fails and retries on its own. */
export function useSites(): SitesState {
  const queries = useQueries({ queries: QUERIES, combine });
  const { sites, invalid } = useMemo(() => allSites(queries.loaded), [queries.loaded]);
  const { collections, isPending } = queries;
  const state = useMemo(
    () => ({ sites, invalid, collections, isPending }),
    [sites, invalid, collections, isPending],
  );
  const someArrived = state.collections.some((c) => !c.isPending);
  const othersOnFirstTry = state.collections.some(
    (c) => c.isPending && c.error === null && c.retrying === null,
  );
  const waiting = someArrived && othersOnFirstTry;
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setWaited(true), ARRIVAL_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  const held = waiting && !waited;
  return useIndexedSites(useMemo(() => (held ? heldBack(state) : state), [state, held]));
}

/**
 * Hands sites out once their search index is built, in slices while the page stays responsive
 * (`prepareSiteIndex`): the first render of the results then finds it ready instead of building
 * it in one long task. Until then the sites handed out before stay (or the collections read as
 * loading).
 */
function useIndexedSites(state: SitesState): SitesState {
  const ready = state.sites.length === 0 || isSiteIndexReady(state.sites);
  const [, indexed] = useReducer((n: number) => n + 1, 0);
  // The last state handed out with its index ready (adjusted during render, as React suggests).
  const [shown, setShown] = useState<SitesState | null>(null);
  if (ready && shown !== state) setShown(state);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void prepareSiteIndex(state.sites).then(() => current && indexed());
    return () => {
      current = false;
    };
  }, [ready, state.sites]);
  return ready ? state : (shown ?? heldBack(state));
}
