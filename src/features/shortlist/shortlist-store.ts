import { useEffect } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SiteKey } from '@/contract/site-key';
import {
  migrateShortlist,
  SHORTLIST_STORAGE_KEY,
  SHORTLIST_VERSION,
  shortlistStorage,
  type PersistedShortlist,
} from './shortlist-storage';

/** The user's shortlist (Merkliste): site keys in the user's order, persisted per browser. */
interface ShortlistState {
  keys: SiteKey[];
  storageProblem: boolean;
  siteAdded(key: SiteKey): void;
  sitesAdded(keys: readonly SiteKey[]): void;
  siteRemoved(key: SiteKey): void;
  siteMoved(key: SiteKey, offset: -1 | 1): void;
  storageProblemDismissed(): void;
}

export function createShortlistStore(storage = shortlistStorage()) {
  return create<ShortlistState>()(
    persist(
      (set) => ({
        keys: [],
        storageProblem: false,
        siteAdded: (key) => set((s) => (s.keys.includes(key) ? s : { keys: [...s.keys, key] })),
        sitesAdded: (keys) => set((s) => ({ keys: [...new Set([...s.keys, ...keys])] })),
        siteRemoved: (key) => set((s) => ({ keys: s.keys.filter((k) => k !== key) })),
        siteMoved: (key, offset) =>
          set((s) => {
            const from = s.keys.indexOf(key);
            const to = from + offset;
            if (from < 0 || to < 0 || to >= s.keys.length) return s;
            const keys = [...s.keys];
            [keys[from], keys[to]] = [keys[to]!, keys[from]!];
            return { keys };
          }),
        storageProblemDismissed: () => set({ storageProblem: false }),
      }),
      {
        name: SHORTLIST_STORAGE_KEY,
        version: SHORTLIST_VERSION,
        storage,
        migrate: migrateShortlist,
        partialize: (s): PersistedShortlist => ({ keys: s.keys }),
        // A changed list from another tab replaces ours; an emptied key empties it.
        merge: (persisted, current) => ({ ...current, ...(persisted as PersistedShortlist) }),
      },
    ),
  );
}

/** The app's one shortlist. Exported for tests and the tab sync below; components use the hooks. */
export const shortlistStore = createShortlistStore();

export const useShortlistKeys = () => shortlistStore((s) => s.keys);
export const useShortlistCount = () => shortlistStore((s) => s.keys.length);
export const useIsShortlisted = (key: SiteKey) => shortlistStore((s) => s.keys.includes(key));
export const useShortlistStorageProblem = () => shortlistStore((s) => s.storageProblem);
export const useShortlistActions = () =>
  shortlistStore.getState() as Pick<
    ShortlistState,
    'siteAdded' | 'sitesAdded' | 'siteRemoved' | 'siteMoved' | 'storageProblemDismissed'
  >;

/** Keeps this tab's shortlist in step with changes other tabs write to local storage. */
export function useShortlistTabSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== SHORTLIST_STORAGE_KEY) return;
      if (event.newValue === null) shortlistStore.setState({ keys: [] });
      else void shortlistStore.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
