import { z } from './zod';

/**
 * Lenient field readers for the edge. A GIS server may omit null properties, return
 * booleans as 0/1 or "true", numbers as numeric strings, and arrays as `|`-joined strings;
 * each reader accepts those spellings and yields one normalised value.
 */

const numericString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'not a number')
  .transform(Number);

export const num = z.union([z.number().finite(), numericString]);

/** A value that may be missing: `undefined` and `null` both become `null`. */
export const orNull = <T extends z.ZodTypeAny>(schema: T) =>
  schema.nullish().transform((v): z.output<T> | null => (v === undefined ? null : (v as z.output<T> | null)));

export const nonNegative = num.pipe(z.number().min(0));
export const wholeM2 = num.pipe(z.number().int('areas are whole m²').min(0));
export const km = num.pipe(z.number().min(0).max(1000));

export const bool = z.union([
  z.boolean(),
  z.literal(0).transform(() => false),
  z.literal(1).transform(() => true),
  z.enum(['true', 'false', '0', '1']).transform((s) => s === 'true' || s === '1'),
]);

/** `YYYY-MM-DD`; QGIS/OGR may append a time part, which is cut. */
export const isoDate = z
  .string()
  .trim()
  .transform((s) => s.slice(0, 10))
  .pipe(z.iso.date());

/** ISO 8601 date-time with a UTC offset (`2026-12-08T10:00:00+01:00`); local times would be ambiguous. */
export const isoDateTime = z
  .string()
  .trim()
  .pipe(z.iso.datetime({ offset: true }));

/** The schemes a link from the data may have; anything else (`javascript:`, `data:`) never becomes a link. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Whether `href` is an absolute http(s) or mailto address without control characters. */
export function isAllowedLink(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- a line break in a link would split an .ics line
  if (/[\u0000-\u001f\u007f]/u.test(href)) return false;
  try {
    return LINK_SCHEMES.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Why a link was dropped, as the invalid-record report names it. */
export const linkDropReason = (field: string, href: string) => {
  const scheme = /^[a-z][a-z0-9+.-]*:/iu.exec(href)?.[0];
  return `${field}: ${scheme ? `scheme ${scheme.toLowerCase()}` : 'no absolute address'} not allowed (http, https, mailto)`;
};

export const tagList = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split('|')).map((s) => s.trim()).filter((s) => s.length > 0));

export const STATES = ['SN', 'ST', 'TH'] as const;
export const stateCode = z.enum(STATES);
export type StateCode = z.infer<typeof stateCode>;

/** Amtlicher Gemeindeschlüssel: 8 digits. */
export const ags = z.string().regex(/^\d{8}$/, 'AGS has 8 digits');

/** Kreisschlüssel (district key): the first 5 digits of an AGS. */
export const districtKey = z.string().regex(/^\d{5}$/, 'district key has 5 digits');

/** GIS servers flatten nested values to JSON strings; accept both. */
export const jsonArray = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  }, z.array(item));

export const text = z.string().trim().min(1);

/**
 * The English version of a human text (`title_en` beside `title`). Optional: a backend without
 * English is valid; an empty or blank string counts as missing, a present value is trimmed.
 */
export const englishText = z
  .string()
  .nullish()
  .transform((v) => {
    const trimmed = v?.trim();
    return trimmed ? trimmed : null;
  });
