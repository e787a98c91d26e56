import type { SiteKind } from '@/contract/site-schemas';
import { type AllPages, fetchAllPages } from '@/lib/api/ogc-client';
import { afterFirstPaint } from '@/lib/first-paint';
import { validateSites, validateSitesInSlices, type ValidatedCollection } from '../validate-sites';

/** A collection's sites, and whether paging stopped early (a `next` loop or a refused `next`: what was read). */
export interface LoadedCollection extends ValidatedCollection {
  incomplete: AllPages['incomplete'];
}

/** What the data worker (or the page itself, where there is none) is asked to load. */
export interface CollectionRequest {
  itemsUrl: string;
  collectionId: string;
  kind: SiteKind;
  timeoutMs: number;
}

/**
 * Fetches every page of a collection, parses and validates it: the one loading path, run by the
 * data worker and, where there is no worker (jsdom, a browser that refused it), by the page. On
 * the page it waits for the first paint and validates in slices; in the worker nothing else
 * competes, so it validates in one go.
 */
export async function readCollection(
  request: CollectionRequest,
  { signal, onPage = false }: { signal?: AbortSignal; onPage?: boolean } = {},
): Promise<LoadedCollection> {
  const { features, incomplete } = await fetchAllPages(request.itemsUrl, {
    signal,
    timeoutMs: request.timeoutMs,
  });
  if (!onPage) return { ...validateSites(request.collectionId, request.kind, features), incomplete };
  await afterFirstPaint();
  const validated = await validateSitesInSlices(request.collectionId, request.kind, features, { signal });
  return { ...validated, incomplete };
}
