import { COLLECTION_IDS } from '../../src/contract/ogc-schemas';
import { COLUMNS_FORMAT, FEATURE_COLUMNS_TYPE } from './feature-columns';
import { API_DESCRIPTION, API_TITLE } from './landing';
import { DEFAULT_LIMIT, MAX_LIMIT } from './paging';

const json = (schema: string, type = 'application/json') => ({
  content: { [type]: { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const ok = (description: string, schema: string, type?: string) => ({
  description,
  ...json(schema, type),
});
const error = (description: string) => ({ description, ...json('exception') });
const GEOJSON = 'application/geo+json';

const collectionIdParam = {
  name: 'collectionId',
  in: 'path',
  required: true,
  description: 'Collection id.',
  schema: { type: 'string', enum: [...COLLECTION_IDS] },
};
/** The page number of a static page file (`items-{page}.json`, `columns-{page}.json`). */
const pageParam = { name: 'page', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const featureIdParam = {
  name: 'featureId',
  in: 'path',
  required: true,
  description: 'Feature id (string or integer, percent-encoded).',
  schema: { type: 'string' },
};

const components = {
  schemas: {
    link: {
      type: 'object',
      required: ['href', 'rel'],
      properties: {
        href: { type: 'string' },
        rel: { type: 'string' },
        type: { type: 'string' },
        title: { type: 'string' },
      },
    },
    links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
    landingPage: {
      type: 'object',
      required: ['links'],
      properties: {
        title: { type: 'string' },
        description: { type: 'string' },
        links: { $ref: '#/components/schemas/links' },
      },
    },
    confClasses: {
      type: 'object',
      required: ['conformsTo'],
      properties: { conformsTo: { type: 'array', items: { type: 'string' } } },
    },
    collection: {
      type: 'object',
      required: ['id', 'links'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        itemType: { type: 'string' },
        extent: { type: 'object' },
        links: { $ref: '#/components/schemas/links' },
      },
    },
    collections: {
      type: 'object',
      required: ['links', 'collections'],
      properties: {
        links: { $ref: '#/components/schemas/links' },
        collections: { type: 'array', items: { $ref: '#/components/schemas/collection' } },
      },
    },
    featureGeoJSON: {
      type: 'object',
      required: ['type', 'geometry', 'properties'],
      properties: {
        type: { type: 'string', enum: ['Feature'] },
        id: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        geometry: { type: 'object', nullable: true },
        properties: { type: 'object', nullable: true },
        links: { $ref: '#/components/schemas/links' },
      },
    },
    featureCollectionGeoJSON: {
      type: 'object',
      required: ['type', 'features'],
      properties: {
        type: { type: 'string', enum: ['FeatureCollection'] },
        features: { type: 'array', items: { $ref: '#/components/schemas/featureGeoJSON' } },
        links: { $ref: '#/components/schemas/links' },
        timeStamp: { type: 'string', format: 'date-time' },
        numberMatched: { type: 'integer', minimum: 0 },
        numberReturned: { type: 'integer', minimum: 0 },
      },
    },
    featureColumns: {
      description:
        'A page of features as columns (src/contract/feature-columns.ts): the property names once, ' +
        'one array of values per property (or of codes into dictionary), rows without a property ' +
        'listed in absent, records the columns cannot hold as they are in records.',
      type: 'object',
      required: ['type', 'features'],
      properties: {
        type: { type: 'string', enum: ['FeatureColumns'] },
        features: {
          type: 'object',
          required: ['length', 'id', 'geometry'],
          properties: {
            length: { type: 'integer', minimum: 0 },
            id: { type: 'array', items: {} },
            geometry: { type: 'array', items: {} },
            properties: { type: 'object', additionalProperties: { type: 'array', items: {} } },
            dictionary: {
              description:
                'Per property sent as codes: its values; row i of that property is dictionary[key][codes[i]].',
              type: 'object',
              additionalProperties: {
                type: 'array',
                items: { description: 'A string, number, boolean or null.' },
              },
            },
            absent: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'integer', minimum: 0 } },
            },
            records: { type: 'object', additionalProperties: {} },
          },
        },
        links: { $ref: '#/components/schemas/links' },
        timeStamp: { type: 'string', format: 'date-time' },
        numberMatched: { type: 'integer', minimum: 0 },
        numberReturned: { type: 'integer', minimum: 0 },
      },
    },
    exception: {
      type: 'object',
      required: ['code'],
      properties: { code: { type: 'string' }, description: { type: 'string' } },
    },
  },
};

/**
 * OpenAPI 3.0 definition of the API served by `handleOgcRequest` (`{base}/openapi.json`).
 * `serverUrl` is the absolute landing page URL, so every path below is relative to it.
 */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.0.3',
    info: { title: API_TITLE, description: API_DESCRIPTION, version: '1.0.0' },
    servers: [{ url: serverUrl }],
    paths: {
      '/': {
        get: {
          operationId: 'getLandingPage',
          summary: 'Landing page',
          responses: {
            '200': ok('Links to the API definition, conformance and collections.', 'landingPage'),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getApiDefinition',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.0 definition.' } },
        },
      },
      '/conformance': {
        get: {
          operationId: 'getConformanceDeclaration',
          summary: 'Conformance classes implemented',
          responses: { '200': ok('The conformance classes.', 'confClasses') },
        },
      },
      '/collections': {
        get: {
          operationId: 'getCollections',
          summary: 'Feature collections',
          responses: { '200': ok('plots, halls, news and projects.', 'collections') },
        },
      },
      '/collections/{collectionId}': {
        get: {
          operationId: 'describeCollection',
          summary: 'One collection',
          parameters: [collectionIdParam],
          responses: { '200': ok('The collection.', 'collection'), '404': error('Unknown collection.') },
        },
      },
      '/collections/{collectionId}/items': {
        get: {
          operationId: 'getFeatures',
          summary: 'A page of features, in data order',
          parameters: [
            collectionIdParam,
            {
              name: 'limit',
              in: 'query',
              required: false,
              style: 'form',
              explode: false,
              description: `Page size; values above ${MAX_LIMIT} are clamped.`,
              schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
            },
            {
              name: 'offset',
              in: 'query',
              required: false,
              description: 'Features to skip.',
              schema: { type: 'integer', minimum: 0, default: 0 },
            },
            {
              name: 'bbox',
              in: 'query',
              required: false,
              style: 'form',
              explode: false,
              description: 'minLon,minLat,maxLon,maxLat (or 6 numbers with heights) in CRS84.',
              schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
            },
            {
              name: 'f',
              in: 'query',
              required: false,
              description: `The page's encoding: GeoJSON (json, geojson) or column pages (${COLUMNS_FORMAT}).`,
              schema: { type: 'string', enum: ['json', 'geojson', COLUMNS_FORMAT], default: 'geojson' },
            },
          ],
          responses: {
            '200': {
              description: 'A page with next/prev links: GeoJSON, or column pages with f=columns.',
              content: {
                [GEOJSON]: { schema: { $ref: '#/components/schemas/featureCollectionGeoJSON' } },
                [FEATURE_COLUMNS_TYPE]: { schema: { $ref: '#/components/schemas/featureColumns' } },
              },
            },
            '400': error('Invalid limit, offset, bbox or f.'),
            '404': error('Unknown collection.'),
          },
        },
      },
      '/collections/{collectionId}/items/{featureId}': {
        get: {
          operationId: 'getFeature',
          summary: 'One feature',
          parameters: [collectionIdParam, featureIdParam],
          responses: {
            '200': ok('The feature.', 'featureGeoJSON', GEOJSON),
            '404': error('Unknown collection or feature.'),
          },
        },
      },
    },
    components,
  };
}

/**
 * OpenAPI 3.0 definition of the static files written by `npm run build` (`api/openapi.json`):
 * the same documents under file names, without query parameters (a static host ignores them).
 */
export function staticOpenApiDocument() {
  const get = (operationId: string, summary: string, response: object, parameters?: object[]) => ({
    get: { operationId, summary, ...(parameters ? { parameters } : {}), responses: { '200': response } },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: `${API_TITLE} (static files)`,
      description: `${API_DESCRIPTION} Static JSON files: follow the links from index.json; no limit, offset or bbox.`,
      version: '1.0.0',
    },
    servers: [{ url: '.' }],
    paths: {
      '/index.json': get('getLandingPage', 'Landing page', ok('Links.', 'landingPage')),
      '/openapi.json': get('getApiDefinition', 'This document', { description: 'OpenAPI 3.0.' }),
      '/conformance.json': get('getConformanceDeclaration', 'Conformance', ok('Classes.', 'confClasses')),
      '/collections.json': get('getCollections', 'Feature collections', ok('Collections.', 'collections')),
      '/collections/{collectionId}.json': get(
        'describeCollection',
        'One collection',
        ok('Collection.', 'collection'),
        [collectionIdParam],
      ),
      '/collections/{collectionId}/items-{page}.json': get(
        'getFeatures',
        'Page n of the features (linked by next)',
        ok('A FeatureCollection page.', 'featureCollectionGeoJSON', GEOJSON),
        [collectionIdParam, pageParam],
      ),
      '/collections/{collectionId}/columns-{page}.json': get(
        'getFeatureColumns',
        'Page n of the features as column pages (linked by next)',
        ok('A column page.', 'featureColumns', FEATURE_COLUMNS_TYPE),
        [collectionIdParam, pageParam],
      ),
      '/collections/{collectionId}/items/{featureId}.json': get(
        'getFeature',
        'One feature',
        ok('The feature.', 'featureGeoJSON', GEOJSON),
        [collectionIdParam, featureIdParam],
      ),
    },
    components,
  };
}
