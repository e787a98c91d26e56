import { collectionInfo, collectionsDocument, requireCollectionId as checked } from './collections';
import { errorResponse, notFound, OgcError, toErrorResponse } from './errors';
import { FEATURE_COLUMNS_TYPE } from './feature-columns';
import { ALLOWED_METHODS, GEOJSON_TYPE, geoJsonResponse, jsonResponse, preflightResponse } from './http';
import { itemsPage, singleFeature } from './items';
import { conformance, landingPage, OPENAPI_TYPE } from './landing';
import { openApiDocument } from './openapi';
import { LinkBuilder, normalizeBasePath, pathBelowBase } from './links';
import type { Dataset, OgcOptions, OgcRequest, OgcResponse } from './types';

export const DEFAULT_BASE_PATH = '/api';

export type OgcRoute =
  | { kind: 'landing' }
  | { kind: 'conformance' }
  | { kind: 'openapi' }
  | { kind: 'collections' }
  | { kind: 'collection'; collectionId: string }
  | { kind: 'items'; collectionId: string }
  | { kind: 'feature'; collectionId: string; featureId: string }
  | { kind: 'unknown' };

/**
 * Which endpoint a path names, or null if the path lies outside the base path.
 * Trailing slashes are tolerated; segments are percent-decoded after splitting.
 */
export function matchRoute(pathname: string, basePath = DEFAULT_BASE_PATH): OgcRoute | null {
  const rest = pathBelowBase(pathname, normalizeBasePath(basePath));
  if (rest === null) return null;
  let seg: string[];
  try {
    seg = rest
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return { kind: 'unknown' };
  }
  const [a, collectionId, c, featureId, ...more] = seg;
  if (more.length > 0) return { kind: 'unknown' };
  if (a === undefined) return { kind: 'landing' };
  if (a === 'conformance' && collectionId === undefined) return { kind: 'conformance' };
  if (a === 'openapi.json' && collectionId === undefined) return { kind: 'openapi' };
  if (a !== 'collections') return { kind: 'unknown' };
  if (collectionId === undefined) return { kind: 'collections' };
  if (c === undefined) return { kind: 'collection', collectionId };
  if (c !== 'items') return { kind: 'unknown' };
  if (featureId === undefined) return { kind: 'items', collectionId };
  return { kind: 'feature', collectionId, featureId };
}

/**
 * The whole API as a pure function: request (method + absolute URL) in, answer out.
 * Used by the MSW handlers (browser and Vitest) and by the Node server of `npm run api`.
 */
export function handleOgcRequest(
  dataset: Dataset,
  request: OgcRequest,
  options: OgcOptions = {},
): OgcResponse {
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return errorResponse(400, 'InvalidRequest', `Not an absolute URL: ${request.url}`);
  }
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') return preflightResponse();
  if (method !== 'GET' && method !== 'HEAD') {
    const res = errorResponse(405, 'MethodNotAllowed', `Method ${method} is not allowed; use GET.`);
    return { ...res, headers: { ...res.headers, Allow: ALLOWED_METHODS } };
  }

  let response: OgcResponse;
  try {
    response = route(dataset, url, basePath, options.now?.() ?? new Date());
  } catch (error) {
    if (!(error instanceof OgcError)) throw error;
    response = toErrorResponse(error);
  }
  return method === 'HEAD' ? { ...response, body: null } : response;
}

function route(dataset: Dataset, url: URL, basePath: string, now: Date): OgcResponse {
  const r = matchRoute(url.pathname, basePath);
  const links = new LinkBuilder(url.origin, basePath);
  switch (r?.kind) {
    case 'landing':
      return jsonResponse(landingPage(links));
    case 'conformance':
      return jsonResponse(conformance());
    case 'openapi':
      return jsonResponse(openApiDocument(links.href()), OPENAPI_TYPE);
    case 'collections':
      return jsonResponse(collectionsDocument(dataset, links));
    case 'collection':
      return jsonResponse(collectionInfo(dataset, checked(r.collectionId), links));
    case 'items': {
      const page = itemsPage(dataset, checked(r.collectionId), url, links, now);
      return jsonResponse(page, page.type === 'FeatureColumns' ? FEATURE_COLUMNS_TYPE : GEOJSON_TYPE);
    }
    case 'feature':
      return geoJsonResponse(singleFeature(dataset, checked(r.collectionId), r.featureId, links));
    default:
      throw notFound(
        r === null
          ? `${url.pathname} lies outside the API (${basePath || '/'}).`
          : `No such endpoint: ${url.pathname}. Start at ${links.href() || '/'}.`,
      );
  }
}
