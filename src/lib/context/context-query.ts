import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages, itemsUrlOf, type AllPages } from '@/lib/api/ogc-client';
import { afterFirstPaint } from '@/lib/first-paint';
import { collectionsQueryOptions } from '@/lib/sites/sites-query';
import type { ContextKind } from './context-item';
import { validateContext, type ValidatedContext } from './validate-context';

export interface ContextSource {
  landingUrl: string;
  collectionId: string;
  kind: ContextKind;
}

export interface LoadedContext extends ValidatedContext {
  /** The server has no such collection (a foreign backend with sites only): nothing to show. */
  missing: boolean;
  /** Why paging stopped before the last page; what was read is kept (as for sites). */
  incomplete: AllPages['incomplete'];
}

/** News, projects or events of one collection, validated at the edge; the source is in the key. */
export const contextQueryOptions = (source: ContextSource) =>
  queryOptions({
    queryKey: ['context', source.landingUrl, source.collectionId, source.kind] as const,
    queryFn: async ({ signal, client }): Promise<LoadedContext> => {
      const collections = await client.fetchQuery(collectionsQueryOptions(source.landingUrl));
      if (!collections.some((c) => c.id === source.collectionId)) {
        return { items: [], invalid: [], missing: true, incomplete: null };
      }
      const itemsUrl = itemsUrlOf(collections, source.collectionId, source.landingUrl);
      const { features, incomplete } = await fetchAllPages(itemsUrl, { signal });
      await afterFirstPaint();
      return { ...validateContext(source.collectionId, source.kind, features), missing: false, incomplete };
    },
    staleTime: 5 * 60_000,
    // Every page reads these collections for the whole visit: kept for good, they never schedule
    // (or clear) a garbage-collection timer as observers come and go.
    gcTime: Infinity,
  });
