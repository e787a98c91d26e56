import { ApiError, type ApiErrorKind } from '@/lib/api/api-error';
import type { InvalidRecord } from '../validate-sites';
import type { CollectionRequest, LoadedCollection } from './read-collection';

/** Page → data worker. */
export type ToWorker =
  { type: 'load'; id: number; request: CollectionRequest } | { type: 'abort'; id: number };

/** An error as it crosses to the page: an ApiError keeps what the retry policy and the notices read. */
export interface SentError {
  name: string;
  message: string;
  url?: string;
  status?: number | null;
  kind?: ApiErrorKind;
  retryAfterMs?: number | null;
}

/**
 * Data worker → page: the sites in chunks of JSON text (each a short task to parse), then the
 * rest, or an error. JSON text, not the objects: the browser's structured clone of site objects
 * took three times as long to receive as `JSON.parse` of the same sites (docs/performance.md).
 */
export type FromWorker =
  | { type: 'sites'; id: number; json: string }
  | { type: 'done'; id: number; invalid: InvalidRecord[]; incomplete: LoadedCollection['incomplete'] }
  | { type: 'error'; id: number; error: SentError };

/** Sites per message: receiving one chunk stays well under 50 ms on a slow machine. */
export const CHUNK_SIZE = 1000;

export function sendableError(error: unknown): SentError {
  if (error instanceof ApiError)
    return {
      name: error.name,
      message: error.message,
      url: error.url,
      status: error.status,
      kind: error.kind,
      retryAfterMs: error.retryAfterMs,
    };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function receivedError(sent: SentError): Error {
  if (sent.name === 'ApiError')
    return new ApiError(sent.message, sent.url ?? '', sent.status ?? null, {
      kind: sent.kind,
      retryAfterMs: sent.retryAfterMs ?? null,
    });
  if (sent.name === 'AbortError') return new DOMException(sent.message, 'AbortError');
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
