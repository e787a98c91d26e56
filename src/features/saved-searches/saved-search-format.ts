import { z } from '@/contract/zod';
import { decodeSearch, parseQueryString, stringifyQuery } from '@/lib/search/search-params';
import { entryLabel, type ReadResult, type StoredFormat } from '@/lib/storage/versioned-storage';
import { MAX_SNAPSHOT_KEYS, type ResultSnapshot } from './result-snapshot';

/**
 * Saved searches in local storage, under `sf.searches.v1`:
 * `{"version":1,"state":{"searches":[{"name":"…","query":"?kind=plots&area_min=20000",
 * "saved":"2026-11-27","opened":{"at":"…","keys":[…],"hashes":[…],"complete":true}}]}}`.
 * A search is its query string: the URL's filters in canonical form (what `stringifyQuery`
 * writes for the decoded parameters), so the same search saved twice is one entry. Layout
 * (`view`, `sel`) and the map viewport are not part of it. The same entry shape is used in the
 * backup file (docs/backup-file.md). A bad entry is dropped alone and named.
 */
export const SEARCHES_STORAGE_KEY = 'sf.searches.v1';
export const SEARCHES_VERSION = 1;
export const MAX_NAME_LENGTH = 200;
const MAX_QUERY_LENGTH = 8000;

export interface SavedSearch {
  name: string;
  /** Canonical query string, `?…` or '' for every site. */
  query: string;
  /** The day it was saved (or last saved again). */
  saved: string;
  /** The results at the last opening; absent until it is first opened. */
  opened?: ResultSnapshot;
}

/** A day of the calendar: `2026-13-45` matched the shape, then failed to format and blanked the page. */
export const isoDay = z.iso.date();

const snapshotSchema = z
  .object({
    at: isoDay,
    keys: z.array(z.string().max(500)).max(MAX_SNAPSHOT_KEYS),
    hashes: z.array(z.string().regex(/^[0-9a-z]{1,7}$/)),
    complete: z.boolean(),
  })
  .refine((s) => s.keys.length === s.hashes.length, 'keys and hashes differ in length');

export const savedSearchSchema = z.object({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  query: z.string().max(MAX_QUERY_LENGTH),
  saved: isoDay,
  opened: snapshotSchema.optional(),
});

/** The canonical form of a query string: decoded and written back (bad values left out). */
export function canonicalQuery(query: string): string {
  return stringifyQuery(decodeSearch(parseQueryString(query)).params);
}

/** One entry, or null when it cannot be read. */
export function readSavedSearch(entry: unknown): SavedSearch | null {
  const parsed = savedSearchSchema.safeParse(entry);
  if (!parsed.success) return null;
  const { opened, ...rest } = parsed.data;
  const search: SavedSearch = { ...rest, query: canonicalQuery(rest.query) };
  return opened ? { ...search, opened } : search;
}

/** A label naming an entry that could not be read: its name if it has one. */
export function savedSearchLabel(entry: unknown): string {
  const name = (entry as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? entryLabel(name) : entryLabel(entry);
}

/** Reads a list of entries; each unreadable one is left out and named; repeats of a query are one. */
export function readSavedSearches(list: unknown): ReadResult<SavedSearch[]> | null {
  if (!Array.isArray(list)) return null;
  const value: SavedSearch[] = [];
  const dropped: string[] = [];
  for (const raw of list) {
    const search = readSavedSearch(raw);
    if (!search) dropped.push(savedSearchLabel(raw));
    else if (!value.some((s) => s.query === search.query)) value.push(search);
  }
  return { value, dropped };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const savedSearchesFormat: StoredFormat<SavedSearch[]> = {
  key: SEARCHES_STORAGE_KEY,
  version: SEARCHES_VERSION,
  read: (state) => (isRecord(state) ? readSavedSearches(state.searches) : null),
  write: (searches) => ({ searches }),
};
