/**
 * `listed_since` of the sample sites (illustrative): drawn from the feature id, not from the build's
 * random stream, so every other value stays as it was. A site whose data were collected in the last
 * days before the sample's reference date counts as newly listed (listed on its `data_as_of`);
 * the others were listed between 2018 and a month before their `data_as_of`.
 */

/** The sample's "today" (tests, e2e and screenshots use it); its last 30 days hold the new listings. */
export const SAMPLE_TODAY = '2026-11-27';
/** Sites with data from this day on are the newly listed ones. */
export const NEW_LISTINGS_FROM = '2026-10-28';
const EARLIEST = '2018-01-01';
const DAY_MS = 86_400_000;

/** FNV-1a: a stable number per id. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function listedSince(id: string, dataAsOf: string): string {
  if (dataAsOf >= NEW_LISTINGS_FROM) return dataAsOf;
  const from = Date.parse(`${EARLIEST}T00:00:00Z`);
  const to = Date.parse(`${dataAsOf}T00:00:00Z`) - 30 * DAY_MS;
  const days = Math.max(0, Math.round((to - from) / DAY_MS));
  return new Date(from + (hash(id) % (days + 1)) * DAY_MS).toISOString().slice(0, 10);
}

/** The properties with `listed_since` right after `data_as_of`. */
export function withListedSince<P extends { data_as_of: string }>(
  id: string,
  p: P,
): P & { listed_since: string } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    out[k] = v;
    if (k === 'data_as_of') out.listed_since = listedSince(id, p.data_as_of);
  }
  return out as P & { listed_since: string };
}
