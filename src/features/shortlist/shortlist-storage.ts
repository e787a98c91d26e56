import { z } from '@/contract/zod';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { parseSiteKey, type SiteKey } from '@/contract/site-key';

/**
 * How the shortlist sits in local storage: `{"state":{"keys":[…]},"version":1}` under
 * `sf.shortlist.v1`. Version 0 (`{"state":{"ids":[…]}}`, the pre-release format) is migrated.
 * Anything else in that key (broken JSON, another app's data, a future version) is removed
 * and reported once through `storageProblem`; the app goes on with an empty shortlist.
 */
export const SHORTLIST_STORAGE_KEY = 'sf.shortlist.v1';
export const SHORTLIST_VERSION = 1;

export interface PersistedShortlist {
  keys: SiteKey[];
  /** Set (not stored) when the stored value was unreadable and has been reset. */
  storageProblem?: boolean;
}

const siteKey = z
  .string()
  .max(500)
  .refine((k) => parseSiteKey(k) !== null, 'not a site key')
  .transform((k) => k as SiteKey);
const keyList = z.array(siteKey).transform((keys) => [...new Set(keys)]);

const stored = z.union([
  z.object({ version: z.literal(1), state: z.object({ keys: keyList }) }),
  z.object({ version: z.literal(0), state: z.object({ ids: keyList }) }),
]);

/** Reads and validates what is stored; `migrateShortlist` then brings version 0 up to date. */
export function readStoredShortlist(raw: string | null): StorageValue<unknown> | 'corrupt' | null {
  if (raw === null) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

export function migrateShortlist(persisted: unknown, version: number): PersistedShortlist {
  if (version === 0) return { keys: (persisted as { ids: SiteKey[] }).ids };
  return persisted as PersistedShortlist;
}

const reset: StorageValue<PersistedShortlist> = {
  state: { keys: [], storageProblem: true },
  version: SHORTLIST_VERSION,
};

/** A PersistStorage over `localStorage` (or a stand-in) that never throws. */
export function shortlistStorage(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): PersistStorage<PersistedShortlist> {
  return {
    getItem(name) {
      let raw: string | null = null;
      try {
        raw = storage()?.getItem(name) ?? null;
      } catch {
        return null; // storage blocked (privacy mode): a session-only shortlist
      }
      const value = readStoredShortlist(raw);
      if (value !== 'corrupt') return value as StorageValue<PersistedShortlist> | null;
      try {
        storage()?.removeItem(name);
      } catch {
        // nothing more to do
      }
      return reset;
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // quota or blocked storage: keep the in-memory list
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
