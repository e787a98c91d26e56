import type { z } from 'zod';
import { ApiError } from './api-error';
import { parseRetryAfter } from './retry-policy';

export interface FetchOptions {
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Give up on a request after this long (default 20 s); a timeout is an ApiError of kind `timeout`. */
  timeoutMs?: number;
}

/** For landing page and collections; some servers (QGIS Server 3.22) refuse GeoJSON there. */
export const ACCEPT_JSON = 'application/json';
/** For feature collections and features. */
export const ACCEPT_GEOJSON = 'application/geo+json, application/json;q=0.9';

export const DEFAULT_TIMEOUT_MS = 20_000;

/** GET a JSON document and check its envelope against a schema. */
export async function fetchJson<S extends z.ZodTypeAny>(
  url: string,
  schema: S,
  { signal, fetchImpl = fetch, timeoutMs = DEFAULT_TIMEOUT_MS }: FetchOptions = {},
  accept = ACCEPT_GEOJSON,
): Promise<z.output<S>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () => timeout.aborted && !signal?.aborted;
  const timeoutError = () =>
    new ApiError(`no answer within ${Math.round(timeoutMs / 100) / 10} s`, url, null, { kind: 'timeout' });
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: combined,
      headers: { Accept: accept },
    });
  } catch (error) {
    if (timedOut()) throw timeoutError();
    if (signal?.aborted) throw error;
    throw new ApiError(`network error: ${(error as Error).message}`, url, null, { kind: 'network' });
  }
  if (!response.ok) {
    const detail = await readErrorDescription(response);
    throw new ApiError(`HTTP ${response.status}${detail ? `: ${detail}` : ''}`, url, response.status, {
      kind: 'http',
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (timedOut()) throw timeoutError();
    if (signal?.aborted) throw error;
    throw new ApiError('the answer is not valid JSON', url, response.status, { kind: 'invalid-json' });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new ApiError(`unexpected answer${where}: ${first?.message ?? 'invalid'}`, url, response.status, {
      kind: 'unexpected-answer',
    });
  }
  return parsed.data;
}

async function readErrorDescription(response: Response): Promise<string> {
  try {
    const json = (await response.json()) as unknown;
    // QGIS Server answers a list of { code, description }.
    const body = (Array.isArray(json) ? json[0] : json) as { description?: unknown; message?: unknown };
    const text = body.description ?? body.message;
    return typeof text === 'string' ? text.slice(0, 200) : '';
  } catch {
    return '';
  }
}
