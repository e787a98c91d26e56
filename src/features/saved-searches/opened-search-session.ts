import type { StorageSource } from '@/lib/storage/versioned-storage';
import { MAX_SNAPSHOT_KEYS, type SnapshotDiff } from './result-snapshot';

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
 */
export const OPENING_SESSION_KEY = 'sf.opened-search.v1';

export const tabStorage: StorageSource = () => globalThis.sessionStorage;

const isKeyList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_SNAPSHOT_KEYS && value.every((k) => typeof k === 'string');

function readDiff(value: unknown): SnapshotDiff | null | undefined {
  if (value === null) return null;
  const d = value as { since?: unknown; fresh?: unknown; changed?: unknown } | undefined;
  if (typeof d?.since !== 'string' || !isKeyList(d.fresh) || !isKeyList(d.changed)) return undefined;
  return { since: d.since, fresh: new Set(d.fresh), changed: new Set(d.changed) };
}

/** The opening this tab kept, or null: none, unreadable (it is only marks), no storage. */
export function readOpening(storage: StorageSource = tabStorage): OpenedSearch | null {
  try {
    const raw = storage()?.getItem(OPENING_SESSION_KEY);
    if (!raw) return null;
    const o = JSON.parse(raw) as { query?: unknown; recorded?: unknown; diff?: unknown } | null;
    const diff = readDiff(o?.diff);
    if (typeof o?.query !== 'string' || typeof o.recorded !== 'boolean' || diff === undefined) return null;
    return { query: o.query, recorded: o.recorded, diff };
  } catch {
    return null;
  }
}

/** Keeps (or, for null, forgets) the opening for this tab; a storage that refuses only loses the marks on reload. */
export function writeOpening(opening: OpenedSearch | null, storage: StorageSource = tabStorage): void {
  try {
    const target = storage();
    if (!opening) return target?.removeItem(OPENING_SESSION_KEY);
    const { diff } = opening;
    const stored = {
      ...opening,
      diff: diff && { since: diff.since, fresh: [...diff.fresh], changed: [...diff.changed] },
    };
    target?.setItem(OPENING_SESSION_KEY, JSON.stringify(stored));
  } catch {
    // Quota or a blocked storage: the marks stay for this page, as before.
  }
}
