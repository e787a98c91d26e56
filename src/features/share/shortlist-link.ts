import { parseSiteKey, type SiteKey } from '@/contract/site-key';

/**
 * The shared-shortlist link: `/shortlist?ids=plots/gf-1,halls/ho-7` – site keys in order,
 * comma-separated. The collection and feature id of each key are percent-encoded on their own
 * (a `,` or `/` inside an id becomes `%2C` / `%2F`), the `/` between them and the commas stay
 * literal, so the link is short and readable: 50 sample sites fit in well under 2,000 characters.
 */
export const MAX_SHARED_KEYS = 200;

const encodePart = (s: string) => encodeURIComponent(s);

export function encodeShortlistIds(keys: readonly SiteKey[]): string {
  return keys
    .map((key) => {
      const parsed = parseSiteKey(key);
      return parsed ? `${encodePart(parsed.collectionId)}/${encodePart(parsed.featureId)}` : null;
    })
    .filter((s): s is string => s !== null)
    .join(',');
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
}

const decodePart = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/**
 * Reads `ids` from a raw query string (`?ids=…&x=y`). It reads the raw string, not a decoded
 * value, because decoding first would turn an encoded `%2C` inside an id into a separator.
 */
export function decodeShortlistIds(rawSearch: string): DecodedShortlistIds | null {
  const query = rawSearch.startsWith('?') ? rawSearch.slice(1) : rawSearch;
  const param = query.split('&').find((p) => p === 'ids' || p.startsWith('ids='));
  if (param === undefined) return null;
  const keys: SiteKey[] = [];
  const malformed: string[] = [];
  for (const item of param.slice(4).split(',')) {
    if (item === '') continue;
    // `plots/gf-1` as written by encodeShortlistIds, or `plots%2Fgf-1` as a re-encoding router writes it.
    const slash = item.indexOf('/');
    const whole = slash < 0 ? parseSiteKey(decodePart(item) ?? '') : null;
    const collection = slash > 0 ? decodePart(item.slice(0, slash)) : (whole?.collectionId ?? null);
    const feature = slash > 0 ? decodePart(item.slice(slash + 1)) : (whole?.featureId ?? null);
    if (!collection || !feature) {
      malformed.push(decodePart(item) ?? item);
      continue;
    }
    const key = `${collection}/${feature}` as SiteKey;
    if (!keys.includes(key)) keys.push(key);
    if (keys.length >= MAX_SHARED_KEYS) break;
  }
  return { keys, malformed };
}
