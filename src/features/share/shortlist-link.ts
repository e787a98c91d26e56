import { parseSiteKey, type SiteKey } from '@/contract/site-key';

/**
 * The shared-shortlist link: `/shortlist?ids=plots/gf-1,/gf-2,halls/ho-7` – site keys in order,
 * comma-separated; a key in the same collection as the one before leaves its collection out
 * (`/gf-2`). The collection and feature id of each key are percent-encoded on their own (a `,`
 * or `/` inside an id becomes `%2C` / `%2F`), the `/` between them and the commas stay literal,
 * so the link is short and readable: the 50 longest sample keys fit in under 2,000 characters.
 */
export const MAX_SHARED_KEYS = 200;

const encodePart = (s: string) => encodeURIComponent(s);

export function encodeShortlistIds(keys: readonly SiteKey[]): string {
  let previous: string | null = null;
  const items: string[] = [];
  for (const key of keys) {
    const parsed = parseSiteKey(key);
    if (!parsed) continue;
    const collection = parsed.collectionId === previous ? '' : encodePart(parsed.collectionId);
    items.push(`${collection}/${encodePart(parsed.featureId)}`);
    previous = parsed.collectionId;
  }
  return items.join(',');
}

/** `{base}shortlist?ids=…` as an absolute URL. */
export function shortlistLink(keys: readonly SiteKey[], appBaseUrl: string): string {
  const base = appBaseUrl.endsWith('/') ? appBaseUrl : `${appBaseUrl}/`;
  return `${base}shortlist?ids=${encodeShortlistIds(keys)}`;
}

export interface DecodedShortlistIds {
  keys: SiteKey[];
  /** Items that are not site keys at all (named to the user, not dropped silently). */
  malformed: string[];
  /** Further distinct keys past {@link MAX_SHARED_KEYS}, left out (the page says how many). */
  leftOut: number;
}

const decodePart = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/**
 * Reads `ids` (or another parameter written the same way, such as compare's `list`) from a raw
 * query string (`?ids=…&x=y`). It reads the raw string, not a decoded value, because decoding
 * first would turn an encoded `%2C` inside an id into a separator.
 */
export function decodeShortlistIds(rawSearch: string, name = 'ids'): DecodedShortlistIds | null {
  const query = rawSearch.startsWith('?') ? rawSearch.slice(1) : rawSearch;
  const param = query.split('&').find((p) => p === name || p.startsWith(`${name}=`));
  if (param === undefined) return null;
  const keys: SiteKey[] = [];
  const seen = new Set<SiteKey>();
  const malformed: string[] = [];
  let previous: string | null = null;
  for (const raw of param.slice(name.length + 1).split(',')) {
    if (raw === '') continue;
    // `/gf-2`: the same collection as the key before.
    const item: string = raw.startsWith('/') && previous ? `${encodePart(previous)}${raw}` : raw;
    // `plots/gf-1` as written by encodeShortlistIds, or `plots%2Fgf-1` as a re-encoding router writes it.
    const slash = item.indexOf('/');
    const whole = slash < 0 ? parseSiteKey(decodePart(item) ?? '') : null;
    const collection = slash > 0 ? decodePart(item.slice(0, slash)) : (whole?.collectionId ?? null);
    const feature = slash > 0 ? decodePart(item.slice(slash + 1)) : (whole?.featureId ?? null);
    if (!collection || !feature) {
      malformed.push(decodePart(item) ?? item);
      continue;
    }
    previous = collection;
    const key = `${collection}/${feature}` as SiteKey;
    if (seen.has(key)) continue;
    seen.add(key);
    if (keys.length < MAX_SHARED_KEYS) keys.push(key);
  }
  return { keys, malformed, leftOut: seen.size - keys.length };
}
