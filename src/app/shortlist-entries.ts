import type { SiteKey } from '@/contract/site-key';
import { parseSiteKey } from '@/contract/site-key';
import type { ShortlistEntry } from '@/features/shortlist/components/shortlist-entries';
import type { SitesState } from '@/lib/sites/use-sites';

/**
 * Site keys → shortlist entries. A key is "unknown" once its collection has loaded without it,
 * or when it names a collection the app does not read; while loading it is neither.
 */
export function resolveShortlist(keys: readonly SiteKey[], state: SitesState): ShortlistEntry[] {
  const byKey = new Map(state.sites.map((s) => [s.key, s]));
  return keys.map((key) => {
    const site = byKey.get(key) ?? null;
    if (site) return { key, site, unknown: false };
    const collectionId = parseSiteKey(key)?.collectionId;
    const collection = state.collections.find((c) => c.source.collectionId === collectionId);
    const unknown = !collection || (!collection.isPending && !collection.error);
    return { key, site: null, unknown };
  });
}
