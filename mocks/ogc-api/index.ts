export { handleOgcRequest, matchRoute, DEFAULT_BASE_PATH, type OgcRoute } from './routes';
export { normalizeBasePath, pathBelowBase } from './links';
export { errorResponse, OgcError, type OgcErrorBody, type OgcErrorCode } from './errors';
export { CORS_HEADERS, GEOJSON_TYPE, JSON_TYPE } from './http';
export { DEFAULT_LIMIT, MAX_LIMIT } from './paging';
export { CONFORMANCE_CLASSES } from './landing';
export { COLLECTION_META } from './collections';
export { collectionBbox, geometryBbox, parseBbox } from './bbox';
export type * from './types';
