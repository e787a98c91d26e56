import {
  criterionIsSet,
  defaultSort,
  PARAMS,
  RANGES,
  SEARCH_PARAM_NAMES,
  type ParamName,
  type SearchParams,
} from './search-param-table';

export * from './search-param-table';

/**
 * The URL owns the shareable search state. One table of parameters (search-param-table.ts)
 * parses and serialises it; a bad value falls back to the default and is reported, never a crash.
 */

export interface ParamProblem {
  param: string;
  /** The value that was read (of a repeated parameter: the last one). */
  value: string;
  /**
   * `unbound`: wishes (`want=`) naming criteria the search does not set, ignored. `missing`: a
   * well-formed site key (`sel=`) of a site that is not in the loaded data.
   * `outside`: well-formed district or municipality keys of no district in the region, ignored.
   */
  reason: 'invalid' | 'unknown' | 'repeated' | 'unbound' | 'missing' | 'outside';
  /**
   * What was left out: the items of a list whose other items were kept (`zoning=GI,XX`: `XX`),
   * or the earlier values of a repeated single-value parameter (`sort=area&sort=name`: `area`).
   */
  dropped?: string[];
}

/** Parameters that other parts of the app own (passed through, not reported). */
const PASS_THROUGH = new Set<string>(['lang', 'view', 'sel']);
/** Longer values are ignored whatever they are (a link is no place for a novel). */
export const MAX_VALUE_LENGTH = 4000;
/** A notice quotes at most this much of a value, and names at most this many dropped items. */
const QUOTE_LENGTH = 80;
const MAX_DROPPED = 20;
/** A value as a notice quotes it, and the items it names. */
export const quote = (v: string) => v.slice(0, QUOTE_LENGTH);
export const quoteAll = (vs: readonly string[]) => vs.slice(0, MAX_DROPPED).map(quote);

/**
 * The non-empty values of a raw parameter, one per occurrence in the query string. Lone UTF-16
 * surrogates become U+FFFD: encodeURIComponent would throw on them later.
 */
export function queryValues(raw: unknown): string[] {
  return (Array.isArray(raw) ? (raw as unknown[]) : [raw])
    .map((v) => (v === undefined || v === null ? '' : String(v)).replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))
    .filter((v) => v !== '');
}

/** A single-value parameter given more than once: the last one counts, the others are named. */
export function lastOfRepeats(
  param: string,
  values: readonly string[],
): { value: string; problem?: ParamProblem } {
  const value = values.at(-1)!;
  const earlier = [...new Set(values.slice(0, -1))].filter((v) => v !== value);
  if (earlier.length === 0) return { value };
  return { value, problem: { param, value: quote(value), reason: 'repeated', dropped: quoteAll(earlier) } };
}

type Spec = (typeof PARAMS)[ParamName];
const decodeValue = (spec: Spec, v: string) => (v.length > MAX_VALUE_LENGTH ? undefined : spec.decode(v));

/**
 * The occurrences of one parameter, decoded: a list's repeats are one list (`zoning=GI&zoning=GE`
 * = `zoning=GI,GE`); of a
 * single-value parameter the last one counts.
 */
function decodeOccurrences(name: string, spec: Spec, values: readonly string[]) {
  const joined = values.join(',');
  if (values.length === 1 || spec.list) return { value: joined, result: decodeValue(spec, joined) };
  const { value, problem } = lastOfRepeats(name, values);
  return { value, result: decodeValue(spec, value), repeated: problem };
}

export function decodeSearch(raw: Record<string, unknown>): {
  params: SearchParams;
  problems: ParamProblem[];
} {
  const params: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [name, rawValue] of Object.entries(raw)) {
    const values = queryValues(rawValue);
    if (values.length === 0) continue;
    const spec = Object.hasOwn(PARAMS, name) ? PARAMS[name as ParamName] : undefined;
    if (!spec) {
      if (!PASS_THROUGH.has(name))
        problems.push({ param: name, value: quote(values.join(',')), reason: 'unknown' });
      continue;
    }
    const { value, result, repeated } = decodeOccurrences(name, spec, values);
    if (result && !(spec.isDefault?.(result.value as never) ?? false)) params[name] = result.value;
    if (!result || result.dropped?.length) {
      const problem: ParamProblem = { param: name, value: quote(value), reason: 'invalid' };
      if (result?.dropped?.length) problem.dropped = quoteAll(result.dropped);
      problems.push(problem);
    }
    if (repeated) problems.push(repeated);
  }
  for (const [lo, hi] of RANGES) {
    const a = params[lo] as number | undefined;
    const b = params[hi] as number | undefined;
    if (a !== undefined && b !== undefined && a > b) [params[lo], params[hi]] = [b, a];
  }
  const unbound = ignoreUnboundWishes(params as SearchParams);
  if (unbound) problems.push(unbound);
  if (params.sort === defaultSort(params as SearchParams)) delete params.sort;
  return { params: params as SearchParams, problems };
}

/** A wish needs a bound or a chosen value to rank by: the others are dropped and named. */
function ignoreUnboundWishes(params: SearchParams): ParamProblem | null {
  const want = params.want;
  if (!want) return null;
  const bound = want.filter((name) => criterionIsSet(name, params));
  if (bound.length === want.length) return null;
  if (bound.length > 0) params.want = bound;
  else delete params.want;
  const dropped = want.filter((name) => !bound.includes(name));
  return { param: 'want', value: quote(want.join(',')), reason: 'unbound', dropped: quoteAll(dropped) };
}

/**
 * Query string → record (the router's parseSearch): a parameter given once is a string, one
 * given more than once an array of its values, for decodeSearch to merge or pick from.
 * Parameters named in `raw` keep their value as written (not percent-decoded): their pages
 * decode them piece by piece, where a decoded `%2C` would turn into a separator.
 */
export function parseQueryString(
  search: string,
  raw: readonly string[] = [],
): Record<string, string | string[]> {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const out: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    const seen = out[k];
    out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
  };
  new URLSearchParams(query).forEach((v, k) => raw.includes(k) || add(k, v));
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (raw.includes(key)) add(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

/** A value kept as written, made safe to write back: only what a URL's query cannot hold is encoded. */
const rawQueryValue = (value: string) =>
  value
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~!$'()*+,;=:@/%]/g, (c) => encodeURIComponent(c));

/**
 * The raw repeats of a single-value or unknown parameter (`sort=area&sort=name`), written back
 * as repeats: joined, they would read as one (bad) value. A list's values are joined.
 */
function repeatsOf(key: string, value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length < 2 || !value.every((v) => typeof v === 'string')) return null;
  const spec = Object.hasOwn(PARAMS, key) ? PARAMS[key as ParamName] : undefined;
  return spec?.list ? null : (value as string[]);
}

function encodeValue(key: string, value: unknown): string {
  // The router re-serialises raw query strings too (parseSearch → stringifySearch): keep them.
  if (typeof value === 'string') return value;
  const spec = Object.hasOwn(PARAMS, key) ? PARAMS[key as ParamName] : undefined;
  if (spec?.encode) return spec.encode(value as never);
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * Record → query string (the router's stringifySearch): known parameters in the table's order
 * and form, defaults and empty values left out, commas, semicolons and slashes kept readable.
 * Parameters named in `raw` are written as they are held (see parseQueryString).
 */
export function stringifyQuery(search: object, raw: readonly string[] = []): string {
  const record = search as Record<string, unknown>;
  const keys = [
    ...SEARCH_PARAM_NAMES.filter((k) => k in record),
    ...Object.keys(record).filter((k) => !Object.hasOwn(PARAMS, k)),
  ];
  const parts: string[] = [];
  for (const key of keys) {
    const value = record[key];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const spec = Object.hasOwn(PARAMS, key) ? PARAMS[key as ParamName] : undefined;
    if (spec?.isDefault?.(value as never)) continue;
    if (key === 'sort' && value === defaultSort(record as SearchParams)) continue;
    for (const one of repeatsOf(key, value)?.filter(Boolean) ?? [value]) {
      const text = raw.includes(key)
        ? rawQueryValue(String(one))
        : encodeURIComponent(encodeValue(key, one))
            .replace(/%2C/gi, ',')
            .replace(/%3B/gi, ';')
            .replace(/%2F/gi, '/');
      parts.push(`${encodeURIComponent(key)}=${text}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
