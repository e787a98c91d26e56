import { PARAMS, RANGES, SEARCH_PARAM_NAMES, type ParamName, type SearchParams } from './search-param-table';

export * from './search-param-table';

/**
 * The URL owns the shareable search state. One table of parameters (search-param-table.ts)
 * parses and serialises it; a bad value falls back to the default and is reported, never a crash.
 */

export interface ParamProblem {
  param: string;
  value: string;
  reason: 'invalid' | 'unknown';
  /** The items left out of a list whose other items were kept (`zoning=GI,XX`: `XX`). */
  dropped?: string[];
}

/** Parameters that other parts of the app own (passed through, not reported). */
const PASS_THROUGH = new Set<string>(['lang', 'view', 'sel']);
/** Longer values are ignored whatever they are (a link is no place for a novel). */
export const MAX_VALUE_LENGTH = 4000;
/** A notice quotes at most this much of a value, and names at most this many dropped items. */
const QUOTE_LENGTH = 80;
const MAX_DROPPED = 20;

export function decodeSearch(raw: Record<string, unknown>): {
  params: SearchParams;
  problems: ParamProblem[];
} {
  const params: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [name, rawValue] of Object.entries(raw)) {
    if (rawValue === undefined || rawValue === null || rawValue === '') continue;
    // Lone UTF-16 surrogates become U+FFFD: encodeURIComponent would throw on them later.
    const value = (Array.isArray(rawValue) ? rawValue.join(',') : String(rawValue)).replace(
      /[\uD800-\uDFFF]/gu,
      '\uFFFD',
    );
    const spec = Object.hasOwn(PARAMS, name) ? PARAMS[name as ParamName] : undefined;
    if (!spec) {
      if (!PASS_THROUGH.has(name))
        problems.push({ param: name, value: value.slice(0, QUOTE_LENGTH), reason: 'unknown' });
      continue;
    }
    const result = value.length > MAX_VALUE_LENGTH ? undefined : spec.decode(value);
    if (result && !(spec.isDefault?.(result.value as never) ?? false)) params[name] = result.value;
    if (!result || result.partial) {
      const problem: ParamProblem = { param: name, value: value.slice(0, QUOTE_LENGTH), reason: 'invalid' };
      if (result?.dropped?.length)
        problem.dropped = result.dropped.slice(0, MAX_DROPPED).map((d) => d.slice(0, QUOTE_LENGTH));
      problems.push(problem);
    }
  }
  for (const [lo, hi] of RANGES) {
    const a = params[lo] as number | undefined;
    const b = params[hi] as number | undefined;
    if (a !== undefined && b !== undefined && a > b) [params[lo], params[hi]] = [b, a];
  }
  return { params: params as SearchParams, problems };
}

/** Query string → flat record of strings (the router's parseSearch). */
export function parseQueryString(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).forEach((v, k) => {
    out[k] = k in out ? `${out[k]},${v}` : v;
  });
  return out;
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
 */
export function stringifyQuery(search: object): string {
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
    const text = encodeURIComponent(encodeValue(key, value))
      .replace(/%2C/gi, ',')
      .replace(/%3B/gi, ';')
      .replace(/%2F/gi, '/');
    parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
