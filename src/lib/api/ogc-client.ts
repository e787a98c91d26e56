import {
  type FeatureCollectionPage,
  collectionsSchema,
  featureCollectionPageSchema,
  landingPageSchema,
  type OgcLink,
} from '@/contract/ogc-schemas';
import { ApiError } from './api-error';
import { ACCEPT_JSON, fetchJson, type FetchOptions } from './fetch-json';

/**
 * Reads an OGC API – Features server by following links from its landing page
 * (rel=data → collections → rel=items → rel=next), never by building paths, so any
 * conforming server or a set of static files can stand behind it.
 */

const JSON_TYPES = new Set(['application/json', 'application/geo+json']);
export const PAGE_LIMIT = 10000;
const MAX_PAGES = 1000;

function findLink(links: OgcLink[], rel: string, preferType?: string): OgcLink | undefined {
  const candidates = links.filter((l) => l.rel === rel && (l.type === undefined || JSON_TYPES.has(l.type)));
  return candidates.find((l) => l.type === preferType) ?? candidates[0];
}

const resolve = (href: string, base: string) => new URL(href, base).href;

/** A collection of the server and where its items are, as the server's links say. */
export interface DiscoveredCollection {
  id: string;
  title: string | undefined;
  /** Absolute items URL, asking for large pages (`limit=10000`) unless the link sets a limit. */
  itemsUrl: string | null;
}

/** Reads the landing page and the collections document (once per server: it is cached). */
export async function discoverCollections(
  landingUrl: string,
  options: FetchOptions = {},
): Promise<DiscoveredCollection[]> {
  const landing = await fetchJson(landingUrl, landingPageSchema, options, ACCEPT_JSON);
  const data = findLink(landing.links, 'data');
  if (!data)
    throw new ApiError('the landing page has no link with rel=data', landingUrl, null, {
      kind: 'missing-link',
    });
  const collectionsUrl = resolve(data.href, landingUrl);
  const { collections } = await fetchJson(collectionsUrl, collectionsSchema, options, ACCEPT_JSON);
  return collections.map((c) => {
    // QGIS Server 3.22 names the items link rel=item.
    const items =
      findLink(c.links, 'items', 'application/geo+json') ?? findLink(c.links, 'item', 'application/geo+json');
    if (!items) return { id: c.id, title: c.title, itemsUrl: null };
    const url = new URL(resolve(items.href, collectionsUrl));
    if (!url.searchParams.has('limit')) url.searchParams.set('limit', String(PAGE_LIMIT));
    return { id: c.id, title: c.title, itemsUrl: url.href };
  });
}

/** The items URL of one collection, or an error that names what is missing. */
export function itemsUrlOf(
  collections: DiscoveredCollection[],
  collectionId: string,
  landingUrl: string,
): string {
  const collection = collections.find((c) => c.id === collectionId);
  if (!collection) throw new ApiError(`the collection "${collectionId}" is missing`, landingUrl, 404);
  if (!collection.itemsUrl)
    throw new ApiError(`the collection "${collectionId}" has no items link`, landingUrl);
  return collection.itemsUrl;
}

/** Why paging stopped before the last page: a `next` loop, or a `next` link the app must not follow. */
export type PagingStopReason = 'next-loop' | 'next-refused';

/** Every feature of a collection, and whether the pages ended early. */
export interface AllPages {
  features: unknown[];
  /** Why paging stopped before the last page (and the link it stopped at), or null at the end. */
  incomplete: { reason: PagingStopReason; url: string } | null;
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

/**
 * Loads every page of a collection's items, following `next` links. A `next` link back to a
 * page already read, or one the client must not follow, ends paging with what was read (each
 * distinct page once), marked incomplete.
 */
export async function fetchAllPages(itemsUrl: string, options: FetchOptions = {}): Promise<AllPages> {
  const features: unknown[] = [];
  const seen = new Set<string>();
  let url: string | undefined = itemsUrl;
  while (url) {
    if (seen.has(url) || seen.size >= MAX_PAGES)
      return { features, incomplete: { reason: 'next-loop', url } };
    seen.add(url);
    const page: FeatureCollectionPage = await fetchJson(url, featureCollectionPageSchema, options);
    features.push(...page.features);
    const next: OgcLink | undefined =
      page.features.length > 0 ? findLink(page.links, 'next', 'application/geo+json') : undefined;
    if (!next) break;
    const nextUrl = followableNext(next.href, url);
    if (!nextUrl) return { features, incomplete: { reason: 'next-refused', url: next.href } };
    url = nextUrl;
  }
  return { features, incomplete: null };
}

/** Loads every page of a collection's items; paging that stops early is an error. */
export async function fetchAllFeatures(itemsUrl: string, options: FetchOptions = {}): Promise<unknown[]> {
  const { features, incomplete } = await fetchAllPages(itemsUrl, options);
  if (incomplete?.reason === 'next-loop')
    throw new ApiError('the next links loop', incomplete.url, null, { kind: 'next-loop' });
  if (incomplete)
    throw new ApiError('a next link the app must not follow', incomplete.url, null, { kind: 'next-refused' });
  return features;
}
