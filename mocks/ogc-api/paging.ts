import { invalidParameter, OgcError } from './errors';
import type { QueryInput } from './links';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10000;

const DIGITS = /^\d+$/;

/** A query parameter given at most once; repeating it is a 400. */
export function singleParam(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) {
    throw new OgcError(400, 'InvalidParameterValue', `Parameter '${name}' is given more than once.`);
  }
  return values[0] ?? null;
}

/** `limit`: integer ≥ 1, default 100; values above 10000 are clamped (OGC allows that). */
export function parseLimit(value: string | null): number {
  if (value === null) return DEFAULT_LIMIT;
  const n = DIGITS.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n) || n < 1) {
    throw invalidParameter('limit', value, `expected an integer from 1 to ${MAX_LIMIT}`);
  }
  return Math.min(n, MAX_LIMIT);
}

/** `offset`: integer ≥ 0, default 0. */
export function parseOffset(value: string | null): number {
  if (value === null) return 0;
  const n = DIGITS.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n)) throw invalidParameter('offset', value, 'expected an integer >= 0');
  return n;
}

export interface Page<T> {
  items: T[];
  numberMatched: number;
  /** Offset of the next page, or null on the last one. */
  nextOffset: number | null;
  /** Offset of the previous page, or null on the first one. */
  prevOffset: number | null;
}

export function paginate<T>(all: readonly T[], offset: number, limit: number): Page<T> {
  const items = all.slice(offset, offset + limit);
  const end = offset + items.length;
  return {
    items,
    numberMatched: all.length,
    nextOffset: end < all.length ? end : null,
    prevOffset: offset > 0 ? Math.max(0, Math.min(offset, all.length) - limit) : null,
  };
}

/**
 * The query of a page link: every parameter of the request in its order (unknown ones too),
 * with `limit` set to the effective limit and `offset` to the page's offset.
 */
export function pageQuery(params: URLSearchParams, limit: number, offset: number): QueryInput {
  const pairs: Array<[string, string]> = [];
  for (const [k, v] of params) if (k !== 'limit' && k !== 'offset') pairs.push([k, v]);
  pairs.push(['limit', String(limit)], ['offset', String(offset)]);
  return pairs;
}
