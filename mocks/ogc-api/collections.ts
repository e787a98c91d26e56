import { COLLECTION_IDS } from '../../src/contract/ogc-schemas';
import { collectionBbox } from './bbox';
import { notFound } from './errors';
import { COLUMNS_FORMAT, FEATURE_COLUMNS_TYPE } from './feature-columns';
import { GEOJSON_TYPE, JSON_TYPE } from './http';
import { link, type LinkBuilder } from './links';
import type { CollectionId, Dataset, OgcFeatureCollection } from './types';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export const COLLECTION_META: Record<CollectionId, { title: string; description: string }> = {
  plots: {
    title: 'Industrial and commercial plots',
    description: 'Gewerbe- und Industrieflächen: polygons (Polygon/MultiPolygon) with site properties.',
  },
  halls: {
    title: 'Halls',
    description: 'Hallen und Gewerbeimmobilien: points (or footprints) with site properties.',
  },
  news: {
    title: 'News',
    description: 'Nachrichten about locations and investments; geometry is a point or null.',
  },
  projects: {
    title: 'Projects',
    description: 'Projekte and initiatives in the region; geometry is a point or null.',
  },
  events: {
    title: 'Events',
    description: 'Termine: fairs, fora and programme events; geometry is the venue point or null.',
  },
};

export const isCollectionId = (id: string): id is CollectionId =>
  (COLLECTION_IDS as readonly string[]).includes(id);

/** The id as a CollectionId, or an OgcError 404. */
export function requireCollectionId(id: string): CollectionId {
  if (!isCollectionId(id)) {
    throw notFound(`Collection '${id}' does not exist; known: ${COLLECTION_IDS.join(', ')}.`);
  }
  return id;
}

export const getCollection = (dataset: Dataset, id: string): OgcFeatureCollection =>
  dataset[requireCollectionId(id)];

/** One entry of `/collections`, also the body of `/collections/{id}`. */
export function collectionInfo(dataset: Dataset, id: CollectionId, links: LinkBuilder) {
  const bbox = collectionBbox(dataset[id].features);
  const meta = COLLECTION_META[id];
  return {
    id,
    title: meta.title,
    description: meta.description,
    itemType: 'feature',
    ...(bbox ? { extent: { spatial: { bbox: [bbox], crs: CRS84 } } } : {}),
    links: [
      link('self', links.collection(id), JSON_TYPE, meta.title),
      link('items', links.items(id), GEOJSON_TYPE, `${meta.title} (GeoJSON)`),
      link(
        'items',
        links.items(id, { f: COLUMNS_FORMAT }),
        FEATURE_COLUMNS_TYPE,
        `${meta.title} (column pages)`,
      ),
    ],
  };
}

export function collectionsDocument(dataset: Dataset, links: LinkBuilder) {
  return {
    links: [link('self', links.href('/collections'), JSON_TYPE, 'Collections')],
    collections: COLLECTION_IDS.map((id) => collectionInfo(dataset, id, links)),
  };
}
