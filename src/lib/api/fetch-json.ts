import type { z } from 'zod';
import { ApiError } from './api-error';

export interface FetchOptions {
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/** GET a JSON document and check its envelope against a schema. */
export async function fetchJson<S extends z.ZodTypeAny>(
  url: string,
  schema: S,
  { signal, fetchImpl = fetch }: FetchOptions = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal,
      headers: { Accept: 'application/geo+json, application/json;q=0.9' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`network error: ${(error as Error).message}`, url);
  }
  if (!response.ok) {
    const detail = await readErrorDescription(response);
    throw new ApiError(`HTTP ${response.status}${detail ? `: ${detail}` : ''}`, url, response.status);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('the answer is not valid JSON', url, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new ApiError(`unexpected answer${where}: ${first?.message ?? 'invalid'}`, url, response.status);
  }
  return parsed.data;
}

async function readErrorDescription(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { description?: unknown; message?: unknown };
    const text = body.description ?? body.message;
    return typeof text === 'string' ? text.slice(0, 200) : '';
  } catch {
    return '';
  }
}
