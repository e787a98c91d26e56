import {
  loadStored,
  saveStored,
  type StorageSource,
  type StoredFormat,
} from '@/lib/storage/versioned-storage';
import { MAX_SNAPSHOT_KEYS, type SnapshotDiff } from './result-snapshot';
import { isoDay } from './saved-search-format';

/** What opening a saved search found against its previous opening: marks in the results. */
export interface OpenedSearch {
  query: string;
  /** The results are in and recorded as the search's last opening. */
  recorded: boolean;
  /** What is new or changed since the previous opening; null at the first opening. */
  diff: SnapshotDiff | null;
}

/**
 * Kept for this tab only (session storage), so a reload keeps the "Neu"/"Geändert" marks of the
 * search just opened: its opening is recorded already, and the next opening would count from it.
 * Read and written by the project's storage rules (versioned-storage.ts); an entry it cannot read
 * only means no marks.
 */
export const OPENING_SESSION_KEY = 'sf.opened-search.v1';

export const tabStorage: StorageSource = () => globalThis.sessionStorage;

const isDay = (value: unknown): value is string => isoDay.safeParse(value).success;

const isKeyList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_SNAPSHOT_KEYS && value.every((k) => typeof k === 'string');

function readDiff(value: unknown): SnapshotDiff | null | undefined {
  if (value === null) return null;
  const d = value as { since?: unknown; fresh?: unknown; changed?: unknown } | undefined;
  if (!isDay(d?.since) || !isKeyList(d.fresh) || !isKeyList(d.changed)) return undefined;
  return { since: d.since, fresh: new Set(d.fresh), changed: new Set(d.changed) };
}

function readState(state: unknown): OpenedSearch | null | undefined {
  if (state === null) return null;
  const o = state as { query?: unknown; recorded?: unknown; diff?: unknown } | undefined;
  const diff = readDiff(o?.diff);
  if (typeof o?.query !== 'string' || typeof o.recorded !== 'boolean' || diff === undefined) return undefined;
  return { query: o.query, recorded: o.recorded, diff };
}

const openingFormat: StoredFormat<OpenedSearch | null> = {
  key: OPENING_SESSION_KEY,
  version: 1,
  read: (state) => {
    const value = readState(state);
    return value === undefined ? null : { value, dropped: [] };
  },
  write: (opening) =>
    opening && {
      ...opening,
      diff: opening.diff && {
        since: opening.diff.since,
        fresh: [...opening.diff.fresh],
        changed: [...opening.diff.changed],
      },
    },
};

/** The opening this tab kept, or null: none, unreadable, no storage. */
export function readOpening(storage: StorageSource = tabStorage): OpenedSearch | null {
  const loaded = loadStored(openingFormat, storage);
  return loaded.kind === 'loaded' || loaded.kind === 'newer' ? (loaded.value ?? null) : null;
}

/** Keeps the opening (null: none) for this tab; a storage that refuses only loses the marks on reload. */
export function writeOpening(opening: OpenedSearch | null, storage: StorageSource = tabStorage): void {
  saveStored(openingFormat, opening, storage);
}
