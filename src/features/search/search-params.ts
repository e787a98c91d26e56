import { STATES, type StateCode } from '@/contract/field-types';

/**
 * The URL owns the shareable search state. One table of parameters parses and serialises
 * it; a bad value falls back to the default and is reported, never a crash.
 */

export const KINDS = ['plots', 'halls'] as const;
export type KindParam = (typeof KINDS)[number];

export interface SearchParams {
  kind?: KindParam;
  area_min?: number;
  area_max?: number;
  state?: StateCode[];
}

export interface ParamProblem {
  param: string;
  value: string;
  reason: 'invalid' | 'unknown';
}

/** `partial`: some items of a list were unknown and left out. */
type Decoded = { ok: true; value: unknown; partial?: boolean } | { ok: false };
type Decoder = (value: string) => Decoded;

const wholeNumber: Decoder = (v) =>
  /^\d{1,12}$/.test(v.trim()) ? { ok: true, value: Number(v.trim()) } : { ok: false };

const oneOf =
  <T extends string>(options: readonly T[]): Decoder =>
  (v) =>
    (options as readonly string[]).includes(v) ? { ok: true, value: v } : { ok: false };

/** A comma list; known items kept in canonical order, unknown ones make the value invalid. */
const listOf =
  <T extends string>(options: readonly T[]): Decoder =>
  (v) => {
    const items = v
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    const known = options.filter((o) => items.includes(o.toUpperCase()));
    if (known.length === 0) return { ok: false };
    return { ok: true, value: known, partial: known.length !== new Set(items).size };
  };

const DECODERS: Record<keyof SearchParams, Decoder> = {
  kind: oneOf(KINDS),
  area_min: wholeNumber,
  area_max: wholeNumber,
  state: listOf(STATES),
};

export const SEARCH_PARAM_NAMES = Object.keys(DECODERS) as (keyof SearchParams)[];

/** Parameters that other parts of the app own (they are passed through, not reported). */
const PASS_THROUGH = new Set<string>(['lang']);

export function decodeSearch(raw: Record<string, unknown>): {
  params: SearchParams;
  problems: ParamProblem[];
} {
  const params: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [name, rawValue] of Object.entries(raw)) {
    if (rawValue === undefined || rawValue === null || rawValue === '') continue;
    const value = Array.isArray(rawValue) ? rawValue.join(',') : String(rawValue);
    const decode = DECODERS[name as keyof SearchParams];
    if (!decode) {
      if (!PASS_THROUGH.has(name)) problems.push({ param: name, value, reason: 'unknown' });
      continue;
    }
    const result = decode(value);
    if (result.ok) params[name] = result.value;
    if (!result.ok || result.partial) problems.push({ param: name, value, reason: 'invalid' });
  }
  const p = params as SearchParams;
  if (p.area_min !== undefined && p.area_max !== undefined && p.area_min > p.area_max) {
    [p.area_min, p.area_max] = [p.area_max, p.area_min];
  }
  return { params: p, problems };
}

/** Query string → flat record of strings (the router's parseSearch). */
export function parseQueryString(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).forEach((v, k) => {
    out[k] = k in out ? `${out[k]},${v}` : v;
  });
  return out;
}

/** Record → query string (the router's stringifySearch): lists comma-joined, empties left out. */
export function stringifyQuery(record: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/gi, ',')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
