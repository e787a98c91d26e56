import {
  type FeatureCollectionPage,
  collectionsSchema,
  featureCollectionPageSchema,
  landingPageSchema,
  type OgcLink,
} from '@/contract/ogc-schemas';
import { ApiError } from './api-error';
import { fetchJson, type FetchOptions } from './fetch-json';

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

/** Finds the items URL of one collection, starting from the landing page. */
export async function findItemsUrl(
  landingUrl: string,
  collectionId: string,
  options: FetchOptions = {},
): Promise<string> {
  const landing = await fetchJson(landingUrl, landingPageSchema, options);
  const data = findLink(landing.links, 'data');
  if (!data) throw new ApiError('the landing page has no link with rel=data', landingUrl);
  const collectionsUrl = resolve(data.href, landingUrl);
  const { collections } = await fetchJson(collectionsUrl, collectionsSchema, options);
  const collection = collections.find((c) => c.id === collectionId);
  if (!collection) throw new ApiError(`the collection "${collectionId}" is missing`, collectionsUrl, 404);
  const items = findLink(collection.links, 'items', 'application/geo+json');
  if (!items) throw new ApiError(`the collection "${collectionId}" has no items link`, collectionsUrl);
  const url = new URL(resolve(items.href, collectionsUrl));
  if (!url.searchParams.has('limit')) url.searchParams.set('limit', String(PAGE_LIMIT));
  return url.href;
}

/** Loads every page of a collection's items, following `next` links. */
export async function fetchAllFeatures(itemsUrl: string, options: FetchOptions = {}): Promise<unknown[]> {
  const features: unknown[] = [];
  const seen = new Set<string>();
  let url: string | undefined = itemsUrl;
  while (url) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw new ApiError('the next links loop', url);
    seen.add(url);
    const page: FeatureCollectionPage = await fetchJson(url, featureCollectionPageSchema, options);
    features.push(...page.features);
    const next: OgcLink | undefined =
      page.features.length > 0 ? findLink(page.links, 'next', 'application/geo+json') : undefined;
    url = next ? resolve(next.href, url) : undefined;
  }
  return features;
}
