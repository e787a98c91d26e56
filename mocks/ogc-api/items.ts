import { bboxIntersects, featureBbox, parseBbox } from './bbox';
import { getCollection } from './collections';
import { invalidParameter, notFound } from './errors';
import { COLUMNS_FORMAT, FEATURE_COLUMNS_TYPE, toFeatureColumns } from './feature-columns';
import { GEOJSON_TYPE, JSON_TYPE } from './http';
import { link, type LinkBuilder } from './links';
import { paginate, pageQuery, parseLimit, parseOffset, singleParam } from './paging';
import type { CollectionId, Dataset, OgcFeature } from './types';

/**
 * `GET {base}/collections/{id}/items?limit&offset&bbox`: a page of features in data-file
 * order. Other query parameters are ignored, but kept in the `next`/`prev` links.
 */
export function itemsPage(
  dataset: Dataset,
  collectionId: CollectionId,
  url: URL,
  links: LinkBuilder,
  now: Date,
) {
  const params = url.searchParams;
  const columns = parseFormat(singleParam(params, 'f')) === COLUMNS_FORMAT;
  const pageType = columns ? FEATURE_COLUMNS_TYPE : GEOJSON_TYPE;
  const limit = parseLimit(singleParam(params, 'limit'));
  const offset = parseOffset(singleParam(params, 'offset'));
  const bboxParam = singleParam(params, 'bbox');
  const bbox = bboxParam === null ? null : parseBbox(bboxParam);

  const all = getCollection(dataset, collectionId).features;
  const matched = bbox
    ? all.filter((f) => {
        const fb = featureBbox(f);
        return fb !== null && bboxIntersects(fb, bbox);
      })
    : all;
  const page = paginate(matched, offset, limit);

  const pageLink = (rel: string, pageOffset: number, title: string) =>
    link(rel, links.items(collectionId, pageQuery(params, limit, pageOffset)), pageType, title);

  return {
    type: columns ? 'FeatureColumns' : 'FeatureCollection',
    numberMatched: page.numberMatched,
    numberReturned: page.items.length,
    timeStamp: now.toISOString(),
    links: [
      link('self', links.items(collectionId, [...params]), pageType, 'This page'),
      ...(page.nextOffset === null ? [] : [pageLink('next', page.nextOffset, 'Next page')]),
      ...(page.prevOffset === null ? [] : [pageLink('prev', page.prevOffset, 'Previous page')]),
      link('collection', links.collection(collectionId), JSON_TYPE, 'The collection'),
    ],
    features: columns ? columnsOf(matched, offset, limit, page.items) : page.items,
  };
}

/**
 * Column pages already written, per list of features served (a dataset never changes): a page is
 * encoded once, as a production server would cache it or the static build writes it.
 */
const written = new WeakMap<readonly unknown[], Map<string, ReturnType<typeof toFeatureColumns>>>();

function columnsOf(matched: readonly unknown[], offset: number, limit: number, items: readonly unknown[]) {
  let pages = written.get(matched);
  if (!pages) written.set(matched, (pages = new Map()));
  const key = `${offset}:${limit}`;
  let block = pages.get(key);
  if (!block) pages.set(key, (block = toFeatureColumns(items)));
  return block;
}

/** `f`: `json` or `geojson` (the default), or `columns` for column pages (src/contract/feature-columns.ts). */
function parseFormat(value: string | null): string {
  if (value === null || value === 'json' || value === 'geojson') return 'geojson';
  if (value === COLUMNS_FORMAT) return COLUMNS_FORMAT;
  throw invalidParameter('f', value, `expected json, geojson or ${COLUMNS_FORMAT}`);
}

export const featureIdOf = (feature: OgcFeature): string | null =>
  feature.id === undefined || feature.id === null ? null : String(feature.id);

/** `GET {base}/collections/{id}/items/{featureId}`: the feature with self/collection links. */
export function singleFeature(
  dataset: Dataset,
  collectionId: CollectionId,
  featureId: string,
  links: LinkBuilder,
) {
  const feature = getCollection(dataset, collectionId).features.find((f) => featureIdOf(f) === featureId);
  if (!feature) throw notFound(`Feature '${featureId}' does not exist in collection '${collectionId}'.`);
  return {
    ...feature,
    links: [
      link('self', links.feature(collectionId, featureId), GEOJSON_TYPE, 'This feature'),
      link('collection', links.collection(collectionId), JSON_TYPE, 'The collection'),
    ],
  };
}
