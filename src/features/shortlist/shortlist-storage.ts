import { parseSiteKey, type SiteKey } from '@/contract/site-key';
import { entryLabel, type ReadResult, type StoredFormat } from '@/lib/storage/versioned-storage';

/**
 * How the shortlist and its notes sit in local storage, under `sf.shortlist.v2`:
 * `{"version":2,"state":{"entries":[{"key":"plots/gf-a","note":"…"}]}}`. The list of the first
 * release (`sf.shortlist.v1`, `{"version":1,"state":{"keys":[…]}}` or the pre-release
 * `{"version":0,"state":{"ids":[…]}}`) is migrated and left in place for tabs still running the
 * old code. Reading follows `lib/storage/versioned-storage.ts`: a bad entry is dropped alone.
 */
export const SHORTLIST_STORAGE_KEY = 'sf.shortlist.v2';
export const LEGACY_SHORTLIST_KEY = 'sf.shortlist.v1';
export const SHORTLIST_VERSION = 2;
/** Longer notes are cut; a note is a reminder, not a document. */
export const MAX_NOTE_LENGTH = 2000;

export interface ShortlistData {
  keys: SiteKey[];
  /** Free-text note per site key; a key without a note has no entry. */
  notes: Readonly<Record<SiteKey, string>>;
}

export interface StoredEntry {
  key: SiteKey;
  note?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const asKey = (v: unknown): SiteKey | null =>
  typeof v === 'string' && v.length <= 500 && parseSiteKey(v) ? (v as SiteKey) : null;

/** One stored entry, or null when it cannot be read (a string key is accepted too). */
function readEntry(entry: unknown): StoredEntry | null {
  if (typeof entry === 'string') return asKey(entry) ? { key: entry as SiteKey } : null;
  if (!isRecord(entry)) return null;
  const key = asKey(entry.key);
  if (!key) return null;
  if (entry.note === undefined) return { key };
  return typeof entry.note === 'string' ? { key, note: entry.note.slice(0, MAX_NOTE_LENGTH) } : null;
}

/** Reads a list of entries; each unreadable one is left out and named. */
export function readEntries(list: unknown): ReadResult<ShortlistData> | null {
  if (!Array.isArray(list)) return null;
  const keys: SiteKey[] = [];
  const notes: Record<SiteKey, string> = {};
  const dropped: string[] = [];
  for (const raw of list) {
    const entry = readEntry(raw);
    if (!entry) dropped.push(entryLabel(raw));
    else if (!keys.includes(entry.key)) keys.push(entry.key);
    if (entry?.note?.trim()) notes[entry.key] = entry.note;
  }
  return { value: { keys, notes }, dropped };
}

export function toStoredEntries({ keys, notes }: ShortlistData): StoredEntry[] {
  return keys.map((key) => (notes[key] ? { key, note: notes[key] } : { key }));
}

export const shortlistFormat: StoredFormat<ShortlistData> = {
  key: SHORTLIST_STORAGE_KEY,
  version: SHORTLIST_VERSION,
  read: (state) => (isRecord(state) ? readEntries(state.entries) : null),
  write: (value) => ({ entries: toStoredEntries(value) }),
  legacy: [
    {
      key: LEGACY_SHORTLIST_KEY,
      read(stored) {
        if (!isRecord(stored) || !isRecord(stored.state)) return null;
        if (stored.version === 1) return readEntries(stored.state.keys);
        if (stored.version === 0) return readEntries(stored.state.ids);
        return null;
      },
    },
  ],
};
