import { queryOptions } from '@tanstack/react-query';
import type { SiteKind } from '@/contract/site-schemas';
import { appConfig } from '@/config/app-config';
import { type AllPages, discoverCollections, fetchAllPages, itemsUrlOf } from '@/lib/api/ogc-client';
import { afterFirstPaint } from '@/lib/first-paint';
import { validateSitesInSlices, type ValidatedCollection } from './validate-sites';

/** A collection's sites, and whether paging stopped early (a `next` loop or a refused `next`: what was read). */
export interface LoadedCollection extends ValidatedCollection {
  incomplete: AllPages['incomplete'];
}

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

/** All sites of one collection, validated at the edge; the source is part of the key. */
export const sitesQueryOptions = (source: SiteSource) =>
  queryOptions({
    queryKey: ['sites', source.landingUrl, source.collectionId, source.kind] as const,
    queryFn: async ({ signal, client }): Promise<LoadedCollection> => {
      const collections = await client.fetchQuery(collectionsQueryOptions(source.landingUrl));
      const itemsUrl = itemsUrlOf(collections, source.collectionId, source.landingUrl);
      const { features, incomplete } = await fetchAllPages(itemsUrl, {
        signal,
        timeoutMs: appConfig.apiTimeoutMs,
      });
      await afterFirstPaint();
      return {
        ...(await validateSitesInSlices(source.collectionId, source.kind, features, { signal })),
        incomplete,
      };
    },
    staleTime: 5 * 60_000,
    // Every page reads these collections for the whole visit: kept for good, they never schedule
    // (or clear) a garbage-collection timer as observers come and go.
    gcTime: Infinity,
  });
