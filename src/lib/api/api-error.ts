/** Why a request failed, in terms a message and the retry policy can act on. */
export type ApiErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'invalid-json'
  | 'unexpected-answer'
  | 'next-loop'
  | 'next-refused'
  | 'missing-link';

export interface ApiErrorOptions {
  kind?: ApiErrorKind;
  /** What the server's `Retry-After` header asked for, in milliseconds. */
  retryAfterMs?: number | null;
}

/** A failed request to the data API, with what a person needs to know. */
export class ApiError extends Error {
  readonly url: string;
  readonly status: number | null;
  readonly kind: ApiErrorKind;
  readonly retryAfterMs: number | null;

  constructor(message: string, url: string, status: number | null = null, options: ApiErrorOptions = {}) {
    super(message);
    this.name = 'ApiError';
    this.url = url;
    this.status = status;
    this.kind = options.kind ?? (status === null ? 'missing-link' : 'http');
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
