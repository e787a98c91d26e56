import { FEATURE_COLUMNS_TYPE } from '@/contract/feature-columns';
import type { FeatureCollectionPage, OgcLink } from '@/contract/ogc-schemas';

const JSON_TYPES = new Set(['application/json', 'application/geo+json', FEATURE_COLUMNS_TYPE]);

/** The link with this rel, preferring `preferType`; links of non-JSON types are ignored. */
export function findLink(links: OgcLink[], rel: string, preferType?: string): OgcLink | undefined {
  const candidates = links.filter((l) => l.rel === rel && (l.type === undefined || JSON_TYPES.has(l.type)));
  return candidates.find((l) => l.type === preferType) ?? candidates[0];
}

/**
 * Where a `next` link leads, or null when the client must not follow it: unparsable, not
 * http(s) (`javascript:`, `data:`), or on another origin than the page that names it (the
 * Content Security Policy's `connect-src` would block it, and a server has no say over where
 * the app sends requests).
 */
export function followableNext(href: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  const sameOrigin = url.origin === new URL(pageUrl).origin;
  return sameOrigin && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** What follows a page: the last page, the next page's URL, or a `next` link the client refuses. */
export type NextStep = { kind: 'end' } | { kind: 'next'; url: string } | { kind: 'refused'; href: string };

/** Reads a page's `next` link; an empty page ends paging whatever its links say. */
export function nextStepOf(page: FeatureCollectionPage, pageUrl: string): NextStep {
  const type = page.type === 'FeatureColumns' ? FEATURE_COLUMNS_TYPE : 'application/geo+json';
  const next = page.features.length > 0 ? findLink(page.links, 'next', type) : undefined;
  if (!next) return { kind: 'end' };
  const url = followableNext(next.href, pageUrl);
  return url ? { kind: 'next', url } : { kind: 'refused', href: next.href };
}
