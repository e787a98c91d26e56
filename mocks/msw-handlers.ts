import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Dataset } from './dataset';
import { CORS_HEADERS, JSON_TYPE } from './ogc-api/http';
import { normalizeBasePath, pathBelowBase } from './ogc-api/links';
import { DEFAULT_BASE_PATH, handleOgcRequest, matchRoute, type OgcRoute } from './ogc-api/routes';
import type { OgcResponse } from './ogc-api/types';

export type Latency = number | 'infinite' | 'real';

/** Which API requests fail, and how. Every field is optional: `{}` fails every API request with 500. */
export interface MockFailure {
  /** Only requests about this collection: its metadata, its items and its features. */
  collection?: string;
  /** Only this endpoint kind, e.g. `'items'` or `'feature'` (see OgcRoute). */
  endpoint?: OgcRoute['kind'];
  /** HTTP status, default 500. */
  status?: number;
  /** Response body (JSON), default `{ code, description }`. */
  body?: unknown;
  /** Response body sent as is instead of `body` (e.g. malformed JSON). */
  rawBody?: string;
  /** Extra response headers, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
  /** Fail at the network level (fetch rejects with a TypeError) instead of answering. */
  networkError?: boolean;
  /** Fail only the first matching request; later ones reach the next handler. */
  once?: boolean;
  /** Wait this long before failing. */
  latencyMs?: Latency;
}

export interface MockHandlerOptions {
  /** Path of the landing page; default `/api`. Matched on any origin, anchored at the path start. */
  basePath?: string;
  /** Failures installed in front of the API handler. */
  fail?: MockFailure | MockFailure[];
  /** Delay every API answer (ms, or MSW's `'real'`/`'infinite'`). */
  latencyMs?: Latency;
  /** Clock for `timeStamp`. */
  now?: () => Date;
}

const isUnderBase = (request: Request, basePath: string) =>
  pathBelowBase(new URL(request.url).pathname, basePath) !== null;

export function toHttpResponse(res: OgcResponse): HttpResponse<string> {
  const body = res.body === null || res.body === undefined ? null : JSON.stringify(res.body);
  return new HttpResponse(body, { status: res.status, headers: res.headers });
}

/** The one handler that serves the whole API from `dataset` under `basePath`. */
export function createApiHandler(dataset: Dataset, options: MockHandlerOptions = {}): HttpHandler {
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  return http.all(
    ({ request }) => isUnderBase(request, basePath),
    async ({ request }) => {
      if (options.latencyMs !== undefined) await delay(options.latencyMs);
      const res = handleOgcRequest(
        dataset,
        { method: request.method, url: request.url },
        { basePath, ...(options.now ? { now: options.now } : {}) },
      );
      return toHttpResponse(res);
    },
  );
}

/**
 * A handler that fails matching API requests; pass it to `server.use(...)` / `worker.use(...)`
 * to override the API for one test. Requests it does not match fall through.
 */
export function createFailureHandler(
  failure: MockFailure = {},
  options: Pick<MockHandlerOptions, 'basePath'> = {},
): HttpHandler {
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const matches = (request: Request) => {
    const route = matchRoute(new URL(request.url).pathname, basePath);
    if (route === null || request.method === 'OPTIONS') return false;
    if (failure.endpoint !== undefined && route.kind !== failure.endpoint) return false;
    if (failure.collection === undefined) return true;
    return 'collectionId' in route && route.collectionId === failure.collection;
  };
  return http.all(
    ({ request }) => matches(request),
    async ({ request }) => {
      if (failure.latencyMs !== undefined) await delay(failure.latencyMs);
      if (failure.networkError) return HttpResponse.error();
      const status = failure.status ?? 500;
      const body = failure.body ?? {
        code: status >= 500 ? 'ServerError' : 'MockFailure',
        description: `Injected failure (${status}) for ${request.method} ${new URL(request.url).pathname}.`,
      };
      return new HttpResponse(failure.rawBody ?? JSON.stringify(body), {
        status,
        headers: { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, ...failure.headers },
      });
    },
    { once: failure.once ?? false },
  );
}

/**
 * All handlers of the mock API: injected failures first, then the API itself.
 * Use in `setupServer(...createHandlers(dataset))` or `setupWorker(...)`.
 */
export function createHandlers(dataset: Dataset, options: MockHandlerOptions = {}): HttpHandler[] {
  const failures = options.fail === undefined ? [] : [options.fail].flat();
  return [
    ...failures.map((f) => createFailureHandler(f, { basePath: options.basePath })),
    createApiHandler(dataset, options),
  ];
}
