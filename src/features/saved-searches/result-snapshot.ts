import type { Site } from '@/lib/sites/site';
import type { SiteSequence } from '@/lib/sites/site-sequence';

/**
 * What a saved search found when it was last opened, to tell later what is new or changed:
 * the result keys and a hash of each site's properties. A snapshot keeps at most
 * `MAX_SNAPSHOT_KEYS` sites (about 20 bytes each in storage); beyond that it is `complete: false`
 * and a site it did not record counts as new when it was listed after the opening day
 * (`listed_since`) and as changed when its data is dated after it (`data_as_of`).
 */
export interface ResultSnapshot {
  /** The day of the opening (the app's clock). */
  at: string;
  keys: string[];
  /** FNV-1a hashes (base36) of the sites' properties, in the order of `keys`. */
  hashes: string[];
  complete: boolean;
}

export interface SnapshotDiff {
  since: string;
  fresh: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

export const MAX_SNAPSHOT_KEYS = 5000;

/** FNV-1a, 32 bits, over the UTF-16 code units of a text: stable and cheap, not cryptographic. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A site's properties as one hash. `data_as_of` is left out: a new export date alone changes
 * nothing a person would see.
 */
export function siteHash(site: Site): string {
  return fnv1a32(JSON.stringify(site, (k, v: unknown) => (k === 'data_as_of' ? undefined : v))).toString(36);
}

export function takeSnapshot(results: SiteSequence, today: string): ResultSnapshot {
  const n = Math.min(results.length, MAX_SNAPSHOT_KEYS);
  const keys: string[] = [];
  const hashes: string[] = [];
  for (let i = 0; i < n; i++) {
    const site = results.at(i)!;
    keys.push(site.key);
    hashes.push(siteHash(site));
  }
  return { at: today, keys, hashes, complete: results.length <= MAX_SNAPSHOT_KEYS };
}

/** The results that are new (not seen) or changed (other hash) since the snapshot. */
export function diffSnapshot(snapshot: ResultSnapshot, results: SiteSequence): SnapshotDiff {
  const seen = new Map(snapshot.keys.map((key, i) => [key, snapshot.hashes[i]]));
  const fresh = new Set<string>();
  const changed = new Set<string>();
  for (let i = 0; i < results.length; i++) {
    const site = results.at(i)!;
    const hash = seen.get(site.key);
    if (hash !== undefined) {
      if (hash !== siteHash(site)) changed.add(site.key);
    } else if (snapshot.complete) fresh.add(site.key);
    else if (site.listed_since !== null && site.listed_since > snapshot.at) fresh.add(site.key);
    else if (site.data_as_of > snapshot.at) changed.add(site.key);
  }
  return { since: snapshot.at, fresh, changed };
}
