import { loadSiteValidators } from '@/contract/compiled-parse/site-validators';
import { isFeatureColumns } from '@/contract/feature-columns';
import type { SiteKind } from '@/contract/site-schemas';
import { type AllPages, fetchAllPages } from '@/lib/api/ogc-client';
import { afterFirstPaint } from '@/lib/first-paint';
import type { Site } from '../site';
import { addInSlices, siteCollector, type ValidatedCollection } from '../validate-sites';

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
 * Fetches every page of a collection, parses and validates it, in the data worker: each page is
 * validated as it arrives and its sites go to `onSites` at once (the page receives them while the
 * next page loads); nothing else competes there, so no slices.
 */
export async function readCollectionInWorker(
  request: CollectionRequest,
  onSites: (sites: Site[]) => void,
  signal?: AbortSignal,
): Promise<Omit<LoadedCollection, 'sites'>> {
  const validated = siteCollector(request.collectionId, request.kind);
  void loadSiteValidators();
  let handedOn = 0;
  const { incomplete } = await fetchAllPages(request.itemsUrl, {
    signal,
    timeoutMs: request.timeoutMs,
    onFeatures: (features) => {
      const addRow = validated.rowAdder(features);
      for (let i = 0; i < features.length; i++) addRow(i);
      const { sites } = validated.result();
      onSites(sites.slice(handedOn));
      handedOn = sites.length;
    },
  });
  return { invalid: validated.result().invalid, incomplete };
}

/** Column pages with at least this many rows wait for the generated validators (as records, ~14 µs a row in Node). */
const WAIT_FOR_VALIDATORS_ROWS = 500;

/**
 * The same on the page, where there is no worker (jsdom, a browser or policy that refused it):
 * after the first paint it validates each page in slices between the page's other work, while
 * the next pages load.
 */
export async function readCollectionOnPage(
  request: CollectionRequest,
  signal?: AbortSignal,
): Promise<LoadedCollection> {
  const validated = siteCollector(request.collectionId, request.kind);
  // After the first paint (building them is work the paint need not wait for), the generated
  // validators load and take over once they are in; no page waits for them.
  let validating = afterFirstPaint();
  void validating.then(loadSiteValidators);
  const { incomplete } = await fetchAllPages(request.itemsUrl, {
    signal,
    timeoutMs: request.timeoutMs,
    onFeatures: (features) => {
      validating = validating.then(async () => {
        // A large column page waits for the generated validators (100,000 sites: ~0.1 s sooner
        // than rebuilding its rows as records meanwhile); a small one does not wait for a chunk.
        if (isFeatureColumns(features) && features.length >= WAIT_FOR_VALIDATORS_ROWS)
          await loadSiteValidators();
        return addInSlices(validated, features, { signal });
      });
    },
  }).catch((error: unknown) => {
    validating.catch(() => undefined);
    throw error;
  });
  await validating;
  return { ...validated.result(), incomplete };
}
