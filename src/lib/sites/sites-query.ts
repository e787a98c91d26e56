import { queryOptions } from '@tanstack/react-query';
import type { SiteKind } from '@/contract/site-schemas';
import { discoverCollections, fetchAllFeatures, itemsUrlOf } from '@/lib/api/ogc-client';
import { validateSites, type ValidatedCollection } from './validate-sites';

export interface SiteSource {
  landingUrl: string;
  collectionId: string;
  kind: SiteKind;
}

/** The server's collections, read once and shared by every collection query. */
export const collectionsQueryOptions = (landingUrl: string) =>
  queryOptions({
    queryKey: ['ogc-collections', landingUrl] as const,
    queryFn: ({ signal }) => discoverCollections(landingUrl, { signal }),
    staleTime: 5 * 60_000,
  });

/** All sites of one collection, validated at the edge; the source is part of the key. */
export const sitesQueryOptions = (source: SiteSource) =>
  queryOptions({
    queryKey: ['sites', source.landingUrl, source.collectionId, source.kind] as const,
    queryFn: async ({ signal, client }): Promise<ValidatedCollection> => {
      const collections = await client.fetchQuery(collectionsQueryOptions(source.landingUrl));
      const raw = await fetchAllFeatures(itemsUrlOf(collections, source.collectionId, source.landingUrl), {
        signal,
      });
      return validateSites(source.collectionId, source.kind, raw);
    },
    staleTime: 5 * 60_000,
  });
