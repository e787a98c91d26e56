import { queryOptions } from '@tanstack/react-query';
import type { SiteKind } from '@/contract/site-schemas';
import { appConfig } from '@/config/app-config';
import { discoverCollections, itemsUrlOf } from '@/lib/api/ogc-client';
import { loadCollection } from './data-worker/load-collection';
import type { LoadedCollection } from './data-worker/read-collection';

export type { LoadedCollection } from './data-worker/read-collection';

export interface SiteSource {
  landingUrl: string;
  collectionId: string;
  kind: SiteKind;
}

/** The server's collections, read once and shared by every collection query. */
export const collectionsQueryOptions = (landingUrl: string) =>
  queryOptions({
    queryKey: ['ogc-collections', landingUrl] as const,
    queryFn: ({ signal }) => discoverCollections(landingUrl, { signal, timeoutMs: appConfig.apiTimeoutMs }),
    staleTime: 5 * 60_000,
    // The collection queries that read it retry; retrying here too would multiply the attempts.
    retry: false,
  });

/** All sites of one collection, validated at the edge (by the data worker when it is on); the source is part of the key. */
export const sitesQueryOptions = (source: SiteSource) =>
  queryOptions({
    queryKey: ['sites', source.landingUrl, source.collectionId, source.kind] as const,
    queryFn: async ({ signal, client }): Promise<LoadedCollection> => {
      const collections = await client.fetchQuery(collectionsQueryOptions(source.landingUrl));
      const itemsUrl = itemsUrlOf(collections, source.collectionId, source.landingUrl, {
        columns: appConfig.columnPages,
      });
      const { collectionId, kind } = source;
      return loadCollection({ itemsUrl, collectionId, kind, timeoutMs: appConfig.apiTimeoutMs }, signal);
    },
    staleTime: 5 * 60_000,
    // Every page reads these collections for the whole visit: kept for good, they never schedule
    // (or clear) a garbage-collection timer as observers come and go.
    gcTime: Infinity,
  });
