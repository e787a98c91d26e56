import { ApiError } from './api-error';

/**
 * When and how soon a failed query is tried again. Transient failures (no connection, a
 * timeout, 408, 429, 5xx) are retried up to three times with backoff (1 s, 2 s, 4 s), or
 * after the server's `Retry-After`; a 404, malformed JSON or an unexpected answer is not.
 */
export const MAX_RETRIES = 3;
const MAX_DELAY_MS = 30_000;
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && error.status !== null && TRANSIENT_STATUS.has(error.status);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

/** `failureCount` counts from 0 for the first retry. */
export function retryDelay(failureCount: number, error: unknown, baseMs = 1000): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) {
    return Math.min(Math.max(error.retryAfterMs, 0), MAX_DELAY_MS);
  }
  return Math.min(baseMs * 2 ** failureCount, MAX_DELAY_MS);
}

/** `Retry-After`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
