import {
  FEATURE_COLUMNS_TYPE,
  featuresOf,
  isFeatureColumns,
  type PageFeatures,
} from '@/contract/feature-columns';
import { collectionsSchema, featureCollectionPageSchema, landingPageSchema } from '@/contract/ogc-schemas';
import { ApiError } from './api-error';
import { ACCEPT_JSON, fetchJson, type FetchOptions } from './fetch-json';
import { type OffsetPlan, planOffsetPages } from './offset-paging';
import { findLink, type NextStep, nextStepOf } from './page-links';
import { fetchPlannedPages, PARALLEL_PAGES } from './parallel-pages';

/**
 * Reads an OGC API – Features server by following links from its landing page
 * (rel=data → collections → rel=items → rel=next), never by building paths, so any
 * conforming server or a set of static files can stand behind it.
 */

/**
 * Features per page the client asks for. 1,000, not the 10,000 most servers allow: each page is
 * parsed and validated while the next ones load, and a page's parse (`Response.json`, native) and
 * the garbage collection of what it leaves are the longest tasks of a load. Pages of 1,000 made
 * three times fewer tasks over 50 ms than pages of 2,500 at 100,000 sites, with the count as soon
 * (docs/performance.md, "Page size").
 */
export const PAGE_LIMIT = 1000;
const MAX_PAGES = 1000;

const resolve = (href: string, base: string) => new URL(href, base).href;

/** A collection of the server and where its items are, as the server's links say. */
export interface DiscoveredCollection {
  id: string;
  title: string | undefined;
  /** Absolute items URL, asking for `limit=PAGE_LIMIT` unless the link sets a limit. */
  itemsUrl: string | null;
  /** The same items as column pages, where the server offers them (src/contract/feature-columns.ts). */
  columnsUrl: string | null;
}

/** The link's URL made absolute, asking for `limit=PAGE_LIMIT` unless the link sets a limit. */
function pagedUrl(href: string, base: string): string {
  const url = new URL(resolve(href, base));
  if (!url.searchParams.has('limit')) url.searchParams.set('limit', String(PAGE_LIMIT));
  return url.href;
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
    const columns = c.links.find((l) => l.rel === 'items' && l.type === FEATURE_COLUMNS_TYPE);
    return {
      id: c.id,
      title: c.title,
      itemsUrl: items ? pagedUrl(items.href, collectionsUrl) : null,
      columnsUrl: columns ? pagedUrl(columns.href, collectionsUrl) : null,
    };
  });
}

/**
 * The items URL of one collection (its column pages' with `columns` where offered), or an error
 * that names what is missing.
 */
export function itemsUrlOf(
  collections: DiscoveredCollection[],
  collectionId: string,
  landingUrl: string,
  { columns = false }: { columns?: boolean } = {},
): string {
  const collection = collections.find((c) => c.id === collectionId);
  if (!collection) throw new ApiError(`the collection "${collectionId}" is missing`, landingUrl, 404);
  const url = (columns ? collection.columnsUrl : null) ?? collection.itemsUrl;
  if (!url) throw new ApiError(`the collection "${collectionId}" has no items link`, landingUrl);
  return url;
}

/** Why paging stopped before the last page: a `next` loop, or a `next` link the app must not follow. */
export type PagingStopReason = 'next-loop' | 'next-refused';

/** Every feature of a collection, and whether the pages ended early. */
export interface AllPages {
  features: unknown[];
  /** Why paging stopped before the last page (and the link it stopped at), or null at the end. */
  incomplete: { reason: PagingStopReason; url: string } | null;
}

export interface PagingOptions extends FetchOptions {
  /** Pages in flight at once when the server pages by offset; 1 pages strictly by `next` links. */
  concurrency?: number;
  /**
   * Takes each page's features as it is read, in order (the data worker validates and hands on
   * a page while the next one loads), as the page has them (a column page's columns); they are
   * then not collected in `features`.
   */
  onFeatures?: (features: PageFeatures) => void;
}

/** Where the features read go, in page order, and the URLs of the pages they came from. */
interface PagesRead {
  features: unknown[];
  take: (features: PageFeatures) => void;
  seen: Set<string>;
}

/**
 * Loads every page of a collection's items. When the first page shows that the server pages by
 * offset (see `planOffsetPages`), the other pages are fetched in parallel; otherwise, or from a
 * page that was not as planned, by following `next` links. A `next` link back to a page already
 * read, or one the client must not follow, ends paging with what was read (each distinct page
 * once), marked incomplete.
 */
export async function fetchAllPages(itemsUrl: string, options: PagingOptions = {}): Promise<AllPages> {
  const { concurrency = PARALLEL_PAGES, onFeatures, ...fetchOptions } = options;
  const first = await fetchJson(itemsUrl, featureCollectionPageSchema, fetchOptions);
  const features: unknown[] = [];
  const take =
    onFeatures ??
    ((page: PageFeatures) => features.push(...(isFeatureColumns(page) ? featuresOf(page) : page)));
  const read: PagesRead = { features, take, seen: new Set([itemsUrl]) };
  take(first.features);
  let step = nextStepOf(first, itemsUrl);
  const plan =
    step.kind === 'next' && concurrency > 1
      ? planOffsetPages(itemsUrl, first, step.url, MAX_PAGES - 1)
      : null;
  if (plan) step = await readPlannedPages(plan, read, fetchOptions, concurrency);
  return followNextLinks(step, read, fetchOptions);
}

async function readPlannedPages(
  plan: OffsetPlan,
  read: PagesRead,
  options: FetchOptions,
  concurrency: number,
): Promise<NextStep> {
  return fetchPlannedPages(
    plan,
    options,
    (url, page) => {
      read.seen.add(url);
      read.take(page.features);
    },
    concurrency,
  );
}

async function followNextLinks(start: NextStep, read: PagesRead, options: FetchOptions): Promise<AllPages> {
  const { features, seen, take } = read;
  let step = start;
  while (step.kind === 'next') {
    const { url } = step;
    if (seen.has(url) || seen.size >= MAX_PAGES)
      return { features, incomplete: { reason: 'next-loop', url } };
    seen.add(url);
    const page = await fetchJson(url, featureCollectionPageSchema, options);
    take(page.features);
    step = nextStepOf(page, url);
  }
  return {
    features,
    incomplete: step.kind === 'refused' ? { reason: 'next-refused', url: step.href } : null,
  };
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
