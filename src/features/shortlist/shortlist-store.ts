import { useEffect } from 'react';
import { create } from 'zustand';
import type { SiteKey } from '@/contract/site-key';
import { afterWrite, startFrom, writable, type StorageStatus } from '@/lib/storage/storage-status';
import { loadStored, saveStored, type StorageSource } from '@/lib/storage/versioned-storage';
import {
  MAX_NOTE_LENGTH,
  SHORTLIST_STORAGE_KEY,
  shortlistFormat,
  type ShortlistData,
} from './shortlist-storage';

/** The user's shortlist (Merkliste): site keys in the user's order with a private note each. */
interface ShortlistState extends ShortlistData {
  storage: StorageStatus;
  siteAdded(key: SiteKey): void;
  sitesAdded(keys: readonly SiteKey[]): void;
  siteRemoved(key: SiteKey): void;
  siteMoved(key: SiteKey, offset: -1 | 1): void;
  /** Sets a site's note; blank text removes it. */
  noteChanged(key: SiteKey, text: string): void;
  /** Adds imported entries: new keys at the end, notes merged (two different notes are both kept). */
  entriesImported(data: ShortlistData): void;
  storageNoticesDismissed(): void;
}

const EMPTY: ShortlistData = { keys: [], notes: {} };

const withoutNote = (notes: Readonly<Record<SiteKey, string>>, key: SiteKey) => {
  if (!(key in notes)) return notes;
  const next = { ...notes };
  delete next[key];
  return next;
};

/** Two notes for one site: both kept, the second under a blank line, unless one holds the other. */
export function mergeNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (!a?.trim()) return b?.trim() ? b : undefined;
  if (!b?.trim() || a.includes(b.trim())) return a;
  if (b.includes(a.trim())) return b;
  return `${a}\n\n${b}`;
}

function merged(current: ShortlistData, imported: ShortlistData): ShortlistData {
  const keys = [...new Set([...current.keys, ...imported.keys])];
  const notes: Record<SiteKey, string> = { ...current.notes };
  for (const key of imported.keys) {
    const note = mergeNotes(current.notes[key], imported.notes[key]);
    if (note) notes[key] = note;
  }
  return { keys, notes };
}

export function createShortlistStore(storage?: StorageSource) {
  const start = startFrom(loadStored(shortlistFormat, storage), EMPTY);
  const store = create<ShortlistState>()((set) => ({
    ...start.value,
    storage: start.status,
    siteAdded: (key) => set((s) => (s.keys.includes(key) ? s : { keys: [...s.keys, key] })),
    sitesAdded: (keys) => set((s) => ({ keys: [...new Set([...s.keys, ...keys])] })),
    siteRemoved: (key) =>
      set((s) => ({ keys: s.keys.filter((k) => k !== key), notes: withoutNote(s.notes, key) })),
    siteMoved: (key, offset) =>
      set((s) => {
        const from = s.keys.indexOf(key);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= s.keys.length) return s;
        const keys = [...s.keys];
        [keys[from], keys[to]] = [keys[to]!, keys[from]!];
        return { keys };
      }),
    noteChanged: (key, text) =>
      set((s) => {
        const note = text.slice(0, MAX_NOTE_LENGTH);
        if (!note.trim()) return { notes: withoutNote(s.notes, key) };
        return s.notes[key] === note ? s : { notes: { ...s.notes, [key]: note } };
      }),
    entriesImported: (data) => set((s) => merged(s, data)),
    storageNoticesDismissed: () => set((s) => ({ storage: { ...s.storage, notices: [] } })),
  }));
  store.subscribe((s, prev) => {
    if (s.keys === prev.keys && s.notes === prev.notes) return;
    if (!writable(s.storage)) return;
    const status = afterWrite(s.storage, saveStored(shortlistFormat, s, storage));
    if (status !== s.storage) store.setState({ storage: status });
  });
  return store;
}

/** The app's one shortlist. Exported for tests and the tab sync below; components use the hooks. */
export const shortlistStore = createShortlistStore();

/** Empties the shortlist without writing (tests: a fresh start between cases). */
export function resetShortlistForTests(): void {
  shortlistStore.setState({ ...EMPTY, storage: { persistence: 'saved', notices: [] } });
}

export const useShortlistKeys = () => shortlistStore((s) => s.keys);
export const useShortlistNotes = () => shortlistStore((s) => s.notes);
export const useShortlistNote = (key: SiteKey) => shortlistStore((s) => s.notes[key] ?? '');
export const useShortlistCount = () => shortlistStore((s) => s.keys.length);
export const useIsShortlisted = (key: SiteKey) => shortlistStore((s) => s.keys.includes(key));
export const useShortlistStorage = () => shortlistStore((s) => s.storage);
export const useShortlistActions = () =>
  shortlistStore.getState() as Pick<
    ShortlistState,
    | 'siteAdded'
    | 'sitesAdded'
    | 'siteRemoved'
    | 'siteMoved'
    | 'noteChanged'
    | 'entriesImported'
    | 'storageNoticesDismissed'
  >;

/** Re-reads the stored list (another tab changed it). */
export function reloadShortlist(storage?: StorageSource): void {
  const start = startFrom(loadStored(shortlistFormat, storage), EMPTY);
  shortlistStore.setState({ ...start.value, storage: start.status });
}

/** Keeps this tab's shortlist in step with changes other tabs write to local storage. */
export function useShortlistTabSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== SHORTLIST_STORAGE_KEY) return;
      reloadShortlist();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
