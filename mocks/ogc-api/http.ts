import type { OgcResponse } from './types';

export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/**
 * Sent on every answer, so that a page on another origin (Vite dev server) may read the API,
 * including a busy answer's `Retry-After` (a browser hides every other header across origins).
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '86400',
};

export function jsonResponse(body: unknown, contentType = JSON_TYPE, status = 200): OgcResponse {
  return {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' },
    body,
  };
}

export const geoJsonResponse = (body: unknown): OgcResponse => jsonResponse(body, GEOJSON_TYPE);

/** Answer to a CORS preflight. */
export const preflightResponse = (): OgcResponse => ({
  status: 204,
  headers: { ...CORS_HEADERS, Allow: ALLOWED_METHODS },
  body: null,
});
