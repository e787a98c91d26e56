/**
 * Decoders for single URL values. Each returns the typed value, or `undefined` when the
 * value is invalid (the codec then reports it and falls back to the default).
 */

export type Decoder<T> = (raw: string) => T | undefined;

const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

export const wholeNumber: Decoder<number> = (v) => (/^\d{1,12}$/.test(v) ? Number(v) : undefined);

export const decimal: Decoder<number> = (v) => {
  const s = v.replace(',', '.');
  return NUMBER.test(s) && Number(s) >= 0 ? Number(s) : undefined;
};

export const oneOf =
  <T extends string>(options: readonly T[]): Decoder<T> =>
  (v) =>
    (options as readonly string[]).includes(v) ? (v as T) : undefined;

export const flag: Decoder<true> = (v) => (v === '1' || v === 'true' ? true : undefined);

/**
 * A comma list. Known items are kept (deduplicated, in the canonical order of `options` when
 * given); `dropped` names the items that were left out (`partial`: there are some).
 */
export function list<T extends string>(
  raw: string,
  accept: (item: string) => T | undefined,
  canonical?: readonly T[],
): { value: T[] | undefined; partial: boolean; dropped: string[] } {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept: T[] = [];
  const dropped: string[] = [];
  for (const item of items) {
    const t = accept(item);
    if (t === undefined) {
      if (!dropped.includes(item)) dropped.push(item);
    } else if (!kept.includes(t)) kept.push(t);
  }
  const ordered = canonical ? canonical.filter((c) => kept.includes(c)) : kept;
  return { value: ordered.length > 0 ? ordered : undefined, partial: dropped.length > 0, dropped };
}

/** `lon,lat` with up to 5 decimals kept, inside the world. */
export function lonLat(v: string): [number, number] | undefined {
  const parts = v.split(',').map((s) => s.trim());
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return undefined;
  const [lon, lat] = parts.map((p) => Math.round(Number(p) * 1e5) / 1e5) as [number, number];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : undefined;
}

export function bboxOf(v: string): [number, number, number, number] | undefined {
  const parts = v.split(',').map((s) => s.trim());
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return undefined;
  const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
  if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(n) > 90 || s > n || w > e)
    return undefined;
  return [w, s, e, n];
}

export const MAX_POLY_VERTICES = 100;

/** `lon,lat;lon,lat;…` with 3 to 100 vertices; the ring is closed by the engine. */
export function polygonOf(v: string): [number, number][] | undefined {
  const vertices = v.split(';').filter(Boolean).map(lonLat);
  if (vertices.length < 3 || vertices.length > MAX_POLY_VERTICES || vertices.some((p) => !p))
    return undefined;
  return vertices as [number, number][];
}

export const isoDate: Decoder<string> = (v) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? undefined : v;
};

export const slug: Decoder<string> = (v) => (/^[a-z0-9][a-z0-9._-]{0,79}$/i.test(v) ? v : undefined);
