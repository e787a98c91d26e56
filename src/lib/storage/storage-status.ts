import type { LoadResult } from './versioned-storage';

/**
 * Whether what the user sees is also kept in this browser:
 * `saved` yes; `not-saved` the last write failed (quota, private mode); `read-only` the stored
 * value came from a newer app version or could not be read nor copied aside, so nothing is
 * written over it; `unavailable` the browser offers no storage (session only).
 */
export type Persistence = 'saved' | 'not-saved' | 'read-only' | 'unavailable';

/** What the app tells the user about the stored value, once, until dismissed. */
export type StorageNotice =
  | { kind: 'dropped'; entries: string[] }
  | { kind: 'damaged'; keptAs: string | null }
  | { kind: 'newer'; version: number }
  | { kind: 'write-failed' }
  | { kind: 'unavailable' };

export interface StorageStatus {
  persistence: Persistence;
  notices: StorageNotice[];
}

export const SAVED: StorageStatus = { persistence: 'saved', notices: [] };

/** The value to start with and the status to show after reading the stored value. */
export function startFrom<T>(load: LoadResult<T>, empty: T): { value: T; status: StorageStatus } {
  switch (load.kind) {
    case 'empty':
      return { value: empty, status: SAVED };
    case 'loaded':
      return {
        value: load.value,
        status: {
          persistence: 'saved',
          notices: load.dropped.length > 0 ? [{ kind: 'dropped', entries: load.dropped }] : [],
        },
      };
    case 'newer':
      return {
        value: load.value ?? empty,
        status: { persistence: 'read-only', notices: [{ kind: 'newer', version: load.version }] },
      };
    case 'damaged':
      return {
        value: empty,
        status: {
          persistence: load.keptAs ? 'saved' : 'read-only',
          notices: [{ kind: 'damaged', keptAs: load.keptAs }],
        },
      };
    case 'unavailable':
      return { value: empty, status: { persistence: 'unavailable', notices: [{ kind: 'unavailable' }] } };
  }
}

/** The status after a write: a failed write is reported once, a later success clears it. */
export function afterWrite(status: StorageStatus, ok: boolean): StorageStatus {
  if (ok) {
    if (status.persistence === 'saved') return status;
    return { persistence: 'saved', notices: status.notices.filter((n) => n.kind !== 'write-failed') };
  }
  if (status.persistence === 'not-saved') return status;
  const notices = status.notices.filter((n) => n.kind !== 'write-failed');
  return { persistence: 'not-saved', notices: [...notices, { kind: 'write-failed' }] };
}

/** Whether changes may be written (a newer app's data is never written over). */
export const writable = (status: StorageStatus) => status.persistence !== 'read-only';
