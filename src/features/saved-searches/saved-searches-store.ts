import { useEffect } from 'react';
import { create } from 'zustand';
import { afterWrite, startFrom, writable, type StorageStatus } from '@/lib/storage/storage-status';
import { loadStored, saveStored, type StorageSource } from '@/lib/storage/versioned-storage';
import { type OpenedSearch, readOpening, tabStorage, writeOpening } from './opened-search-session';
import { diffSnapshot, type ResultSnapshot } from './result-snapshot';
import {
  MAX_NAME_LENGTH,
  SEARCHES_STORAGE_KEY,
  savedSearchesFormat,
  type SavedSearch,
} from './saved-search-format';
import type { SiteSequence } from '@/lib/sites/site-sequence';

export type { OpenedSearch } from './opened-search-session';

interface SavedSearchesState {
  searches: SavedSearch[];
  storage: StorageStatus;
  /** The saved search opened last from the list (this tab only: kept in session storage over a reload). */
  opening: OpenedSearch | null;
  /**
   * Saves a search; the same query again renames it and keeps its last opening. A new search
   * starts from `seen`, the results shown while saving, so the first opening already counts
   * what is new since then.
   */
  searchSaved(
    search: { name: string; query: string },
    today: string,
    seen?: ResultSnapshot,
  ): 'added' | 'updated';
  searchRenamed(query: string, name: string): void;
  searchDeleted(query: string): void;
  /** The user opens a saved search: its results will be recorded once they are in. */
  searchOpening(query: string): void;
  /** The results of the search being opened: diffed against the previous opening, then recorded. */
  resultsSeen(query: string, results: SiteSequence, snapshot: ResultSnapshot): void;
  /** Adds imported searches: a known query keeps its entry (named as the import says if unnamed). */
  searchesImported(searches: readonly SavedSearch[]): { added: number; merged: number };
  storageNoticesDismissed(): void;
}

const cleanName = (name: string) => name.trim().slice(0, MAX_NAME_LENGTH);

function upsert(list: SavedSearch[], query: string, change: (s: SavedSearch) => SavedSearch): SavedSearch[] {
  return list.map((s) => (s.query === query ? change(s) : s));
}

export function createSavedSearchesStore(storage?: StorageSource, session: StorageSource = tabStorage) {
  const start = startFrom(loadStored(savedSearchesFormat, storage), [] as SavedSearch[]);
  const store = create<SavedSearchesState>()((set, get) => ({
    searches: start.value,
    storage: start.status,
    opening: readOpening(session),
    searchSaved: ({ name, query }, today, seen) => {
      const known = get().searches.some((s) => s.query === query);
      const clean = cleanName(name);
      set((s) => ({
        searches: known
          ? upsert(s.searches, query, (old) => ({ ...old, name: clean || old.name, saved: today }))
          : [
              ...s.searches,
              { name: clean || query || '?', query, saved: today, ...(seen && { opened: seen }) },
            ],
      }));
      return known ? 'updated' : 'added';
    },
    searchRenamed: (query, name) => {
      const clean = cleanName(name);
      if (clean) set((s) => ({ searches: upsert(s.searches, query, (old) => ({ ...old, name: clean })) }));
    },
    searchDeleted: (query) => set((s) => ({ searches: s.searches.filter((x) => x.query !== query) })),
    searchOpening: (query) => set({ opening: { query, recorded: false, diff: null } }),
    resultsSeen: (query, results, snapshot) => {
      const entry = get().searches.find((s) => s.query === query);
      const opening = get().opening;
      if (!entry || opening?.query !== query || opening.recorded) return;
      const diff = entry.opened ? diffSnapshot(entry.opened, results) : null;
      set((s) => ({
        opening: { query, recorded: true, diff },
        searches: upsert(s.searches, query, (old) => ({ ...old, opened: snapshot })),
      }));
    },
    searchesImported: (imported) => {
      let added = 0;
      let merged = 0;
      const searches = [...get().searches];
      for (const search of imported) {
        if (searches.some((s) => s.query === search.query)) merged++;
        else {
          searches.push(search);
          added++;
        }
      }
      set({ searches });
      return { added, merged };
    },
    storageNoticesDismissed: () => set((s) => ({ storage: { ...s.storage, notices: [] } })),
  }));
  store.subscribe((s, prev) => {
    if (s.opening !== prev.opening) writeOpening(s.opening, session);
  });
  store.subscribe((s, prev) => {
    if (s.searches === prev.searches || !writable(s.storage)) return;
    const status = afterWrite(s.storage, saveStored(savedSearchesFormat, s.searches, storage));
    if (status !== s.storage) store.setState({ storage: status });
  });
  return store;
}

/** The app's saved searches. Exported for tests and the backup; components use the hooks. */
export const savedSearchesStore = createSavedSearchesStore();

/** Empties the saved searches without writing (tests: a fresh start between cases). */
export function resetSavedSearchesForTests(): void {
  savedSearchesStore.setState({
    searches: [],
    opening: null,
    storage: { persistence: 'saved', notices: [] },
  });
}

export const useSavedSearches = () => savedSearchesStore((s) => s.searches);
export const useSavedSearchCount = () => savedSearchesStore((s) => s.searches.length);
export const useSavedSearchesStorage = () => savedSearchesStore((s) => s.storage);
export const useOpenedSearch = () => savedSearchesStore((s) => s.opening);
export const useSavedSearchActions = () =>
  savedSearchesStore.getState() as Pick<
    SavedSearchesState,
    | 'searchSaved'
    | 'searchRenamed'
    | 'searchDeleted'
    | 'searchOpening'
    | 'resultsSeen'
    | 'searchesImported'
    | 'storageNoticesDismissed'
  >;

/** Keeps this tab's saved searches in step with changes other tabs write. */
export function useSavedSearchesTabSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== SEARCHES_STORAGE_KEY) return;
      const next = startFrom(loadStored(savedSearchesFormat), [] as SavedSearch[]);
      savedSearchesStore.setState({ searches: next.value, storage: next.status });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
