/**
 * What this browser keeps for the user (shortlist, notes, saved searches) sits in local storage
 * as `{"version":n,"state":…}` under one key per kind. Reading and writing go through here so
 * every kind follows the same rules, and none of them loses what the user kept:
 *
 * - an entry that cannot be read is dropped alone, and named (`dropped`);
 * - a value written by a newer version of the app is left untouched: the app shows what it can
 *   read of it and writes nothing (`newer`);
 * - a value that cannot be read at all is copied aside to `{key}.damaged` before anything is
 *   written over it; when even that copy fails, it stays where it is and nothing is written;
 * - a write that fails (quota, private mode) returns `false`, so the caller can say so.
 */

/** One kind of stored value: its key, its current version and how to read each known version. */
export interface StoredFormat<T> {
  key: string;
  version: number;
  /**
   * Reads the `state` of a stored value of `version` (older, current or newer). Returns the
   * value and a label for each entry it had to leave out, or `null` when the shape is unknown.
   */
  read(state: unknown, version: number): ReadResult<T> | null;
  /** The `state` to store for a value. */
  write(value: T): unknown;
  /** Older keys whose values are migrated when `key` holds nothing; they are left in place. */
  legacy?: readonly LegacyFormat<T>[];
}

export interface LegacyFormat<T> {
  key: string;
  read(stored: unknown): ReadResult<T> | null;
}

export interface ReadResult<T> {
  value: T;
  dropped: string[];
}

export type LoadResult<T> =
  | { kind: 'empty' }
  | { kind: 'loaded'; value: T; dropped: string[]; migratedFrom?: string }
  | { kind: 'newer'; value: T | null; version: number }
  /** `keptAs` null: the copy failed, so the value stays where it is and nothing may be written. */
  | { kind: 'damaged'; keptAs: string | null }
  | { kind: 'unavailable' };

export type StorageSource = () => Storage | undefined;
const browserStorage: StorageSource = () => globalThis.localStorage;

export const damagedKey = (key: string) => `${key}.damaged`;

function getRaw(storage: StorageSource, key: string): string | null | 'unavailable' {
  try {
    const s = storage();
    return s ? s.getItem(key) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

function setRaw(storage: StorageSource, key: string, value: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readEnvelope<T>(format: StoredFormat<T>, raw: string, storage: StorageSource): LoadResult<T> {
  const parsed = parseJson(raw);
  const version = isRecord(parsed) ? parsed.version : undefined;
  if (isRecord(parsed) && typeof version === 'number' && Number.isInteger(version)) {
    const read = format.read(parsed.state, version);
    if (version > format.version) return { kind: 'newer', value: read?.value ?? null, version };
    if (read) return { kind: 'loaded', ...read };
  }
  // Unreadable: keep a copy before the app writes over it; without a copy, write nothing.
  const kept = setRaw(storage, damagedKey(format.key), raw);
  return { kind: 'damaged', keptAs: kept ? damagedKey(format.key) : null };
}

function readLegacy<T>(format: StoredFormat<T>, storage: StorageSource): LoadResult<T> {
  for (const legacy of format.legacy ?? []) {
    const raw = getRaw(storage, legacy.key);
    if (raw === null || raw === 'unavailable') continue;
    const read = legacy.read(parseJson(raw));
    if (read) return { kind: 'loaded', ...read, migratedFrom: legacy.key };
  }
  return { kind: 'empty' };
}

/** Reads a stored value by the rules above. Never throws. */
export function loadStored<T>(
  format: StoredFormat<T>,
  storage: StorageSource = browserStorage,
): LoadResult<T> {
  const raw = getRaw(storage, format.key);
  if (raw === 'unavailable') return { kind: 'unavailable' };
  if (raw === null) return readLegacy(format, storage);
  return readEnvelope(format, raw, storage);
}

/** Writes a value under the format's key and version; `false` when the browser refused. */
export function saveStored<T>(
  format: StoredFormat<T>,
  value: T,
  storage: StorageSource = browserStorage,
): boolean {
  return setRaw(storage, format.key, JSON.stringify({ version: format.version, state: format.write(value) }));
}

/**
 * A short label for an entry that could not be read, for the notice that names it: its text if
 * it is one, else its JSON, cut to 60 characters.
 */
export function entryLabel(entry: unknown): string {
  const text = typeof entry === 'string' ? entry : (JSON.stringify(entry) ?? String(entry));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
