import { queryOptions } from '@tanstack/react-query';
import type { SiteKind } from '@/contract/site-schemas';
import { fetchAllFeatures, findItemsUrl } from '@/lib/api/ogc-client';
import { validateSites, type ValidatedCollection } from './validate-sites';

export interface SiteSource {
  landingUrl: string;
  collectionId: string;
  kind: SiteKind;
}

/** All sites of one collection, validated at the edge; the source is part of the key. */
export const sitesQueryOptions = (source: SiteSource) =>
  queryOptions({
    queryKey: ['sites', source.landingUrl, source.collectionId, source.kind] as const,
    queryFn: async ({ signal }): Promise<ValidatedCollection> => {
      const itemsUrl = await findItemsUrl(source.landingUrl, source.collectionId, { signal });
      const raw = await fetchAllFeatures(itemsUrl, { signal });
      return validateSites(source.collectionId, source.kind, raw);
    },
    staleTime: 5 * 60_000,
  });
