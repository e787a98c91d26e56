import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { parseRetryAfter, retryDelay, shouldRetry } from './retry-policy';
import { landingPageSchema } from '@/contract/ogc-schemas';

const http = (status: number, retryAfterMs: number | null = null) =>
  new ApiError(`HTTP ${status}`, 'https://x/', status, { kind: 'http', retryAfterMs });

describe('retry policy', () => {
  it('retries transient failures up to three times, never a 404 or a bad answer', () => {
    for (const e of [http(500), http(503), http(429), new ApiError('t', 'u', null, { kind: 'timeout' })]) {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, e))).toEqual([true, true, true, false]);
    }
    for (const e of [
      http(404),
      http(400),
      new ApiError('j', 'u', 200, { kind: 'invalid-json' }),
      new Error('x'),
    ]) {
      expect(shouldRetry(0, e)).toBe(false);
    }
  });

  it('backs off 1 s, 2 s, 4 s, or waits as Retry-After says (at most 30 s)', () => {
    expect([0, 1, 2].map((n) => retryDelay(n, http(500)))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(0, http(503, 5000))).toBe(5000);
    expect(retryDelay(0, http(503, 3_600_000))).toBe(30_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('fetchJson', () => {
  it('turns a slow answer into a timeout error', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const error = await fetchJson('https://x/', landingPageSchema, { fetchImpl: never, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'timeout', message: 'no answer within 0.1 s' });
  });

  it('keeps the Retry-After of a 503', async () => {
    const busy: typeof fetch = () =>
      Promise.resolve(new Response('{}', { status: 503, headers: { 'Retry-After': '2' } }));
    const error = await fetchJson('https://x/', landingPageSchema, { fetchImpl: busy }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 2000 });
  });
});
