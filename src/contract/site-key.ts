/**
 * A site is addressed as `{collectionId}/{featureId}` (for example `plots/gf-leipzig-gvz-01`),
 * because a foreign backend may number each collection from 1.
 */
export type SiteKey = `${string}/${string}`;

export const toSiteKey = (collectionId: string, featureId: string): SiteKey => `${collectionId}/${featureId}`;

export function parseSiteKey(key: string): { collectionId: string; featureId: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return { collectionId: key.slice(0, slash), featureId: key.slice(slash + 1) };
}
