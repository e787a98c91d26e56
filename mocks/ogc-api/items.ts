import { bboxIntersects, featureBbox, parseBbox } from './bbox';
import { getCollection } from './collections';
import { notFound } from './errors';
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
    link(rel, links.items(collectionId, pageQuery(params, limit, pageOffset)), GEOJSON_TYPE, title);

  return {
    type: 'FeatureCollection',
    numberMatched: page.numberMatched,
    numberReturned: page.items.length,
    timeStamp: now.toISOString(),
    links: [
      link('self', links.items(collectionId, [...params]), GEOJSON_TYPE, 'This page'),
      ...(page.nextOffset === null ? [] : [pageLink('next', page.nextOffset, 'Next page')]),
      ...(page.prevOffset === null ? [] : [pageLink('prev', page.prevOffset, 'Previous page')]),
      link('collection', links.collection(collectionId), JSON_TYPE, 'The collection'),
    ],
    features: page.items,
  };
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
