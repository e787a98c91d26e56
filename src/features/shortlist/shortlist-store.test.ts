import { describe, expect, it } from 'vitest';
import { damagedKey } from '@/lib/storage/versioned-storage';
import { createShortlistStore, mergeNotes } from './shortlist-store';
import { LEGACY_SHORTLIST_KEY, SHORTLIST_STORAGE_KEY } from './shortlist-storage';
import { memoryStorage } from '../../../tests/support/memory-storage';

const storeOver = (storage: Storage) => createShortlistStore(() => storage);
const stored = (storage: Storage) => JSON.parse(storage.getItem(SHORTLIST_STORAGE_KEY)!) as unknown;

describe('shortlist store', () => {
  it('adds once, removes, reorders, keeps notes and persists under the versioned key', () => {
    const storage = memoryStorage();
    const store = storeOver(storage);
    const s = store.getState();
    s.siteAdded('plots/gf-1');
    s.siteAdded('halls/ho-7');
    s.siteAdded('plots/gf-1');
    s.siteAdded('plots/gf-2');
    s.siteMoved('plots/gf-2', -1);
    s.siteMoved('plots/gf-1', -1); // already first: no change
    s.noteChanged('plots/gf-2', 'Bahnanschluss klären');
    s.noteChanged('halls/ho-7', 'weg damit');
    s.siteRemoved('halls/ho-7');
    expect(store.getState().keys).toEqual(['plots/gf-1', 'plots/gf-2']);
    expect(stored(storage)).toEqual({
      version: 2,
      state: { entries: [{ key: 'plots/gf-1' }, { key: 'plots/gf-2', note: 'Bahnanschluss klären' }] },
    });
    // A "reload": a new store over the same storage has the same list and notes.
    expect(storeOver(storage).getState()).toMatchObject({
      keys: ['plots/gf-1', 'plots/gf-2'],
      notes: { 'plots/gf-2': 'Bahnanschluss klären' },
    });
    s.noteChanged('plots/gf-2', '   ');
    expect(store.getState().notes).toEqual({});
  });

  it.each([
    ['version 1', { version: 1, state: { keys: ['halls/ho-1', 'plots/gf-1'] } }],
    ['version 0', { version: 0, state: { ids: ['halls/ho-1', 'plots/gf-1'] } }],
  ])('migrates the first release’s list (%s) and leaves it in place', (_label, old) => {
    const raw = JSON.stringify(old);
    const storage = memoryStorage({ [LEGACY_SHORTLIST_KEY]: raw });
    const store = storeOver(storage);
    expect(store.getState()).toMatchObject({ keys: ['halls/ho-1', 'plots/gf-1'], storage: { notices: [] } });
    store.getState().noteChanged('plots/gf-1', 'n');
    expect(stored(storage)).toMatchObject({ version: 2 });
    expect(storage.getItem(LEGACY_SHORTLIST_KEY)).toBe(raw);
  });

  it('drops an unreadable entry alone and names it', () => {
    const raw = JSON.stringify({
      version: 2,
      state: { entries: [{ key: 'plots/gf-1', note: 'gut' }, { key: 'nope' }, 42, { key: 'halls/ho-2' }] },
    });
    const store = storeOver(memoryStorage({ [SHORTLIST_STORAGE_KEY]: raw }));
    expect(store.getState()).toMatchObject({
      keys: ['plots/gf-1', 'halls/ho-2'],
      notes: { 'plots/gf-1': 'gut' },
      storage: { persistence: 'saved', notices: [{ kind: 'dropped', entries: ['{"key":"nope"}', '42'] }] },
    });
  });

  it('keeps a newer version’s data untouched and writes nothing over it', () => {
    const raw = JSON.stringify({ version: 3, state: { entries: [{ key: 'plots/gf-9' }], colours: {} } });
    const storage = memoryStorage({ [SHORTLIST_STORAGE_KEY]: raw });
    const store = storeOver(storage);
    expect(store.getState()).toMatchObject({
      keys: ['plots/gf-9'],
      storage: { persistence: 'read-only', notices: [{ kind: 'newer', version: 3 }] },
    });
    store.getState().siteAdded('plots/gf-1');
    expect(store.getState().keys).toEqual(['plots/gf-9', 'plots/gf-1']);
    expect(storage.getItem(SHORTLIST_STORAGE_KEY)).toBe(raw);
  });

  it.each([
    ['broken JSON', '{"state":'],
    ['foreign data', JSON.stringify({ theme: 'dark' })],
  ])('keeps %s aside before writing over it', (_label, raw) => {
    const storage = memoryStorage({ [SHORTLIST_STORAGE_KEY]: raw, other: 'kept' });
    const store = storeOver(storage);
    expect(store.getState()).toMatchObject({
      keys: [],
      storage: { notices: [{ kind: 'damaged', keptAs: damagedKey(SHORTLIST_STORAGE_KEY) }] },
    });
    expect(storage.getItem(damagedKey(SHORTLIST_STORAGE_KEY))).toBe(raw);
    store.getState().storageNoticesDismissed();
    store.getState().siteAdded('plots/gf-1');
    expect(storeOver(storage).getState()).toMatchObject({ keys: ['plots/gf-1'], storage: { notices: [] } });
    expect(storage.getItem('other')).toBe('kept');
  });

  it('says so when a write fails, and clears it when a later write succeeds', () => {
    const storage = memoryStorage();
    const store = storeOver(storage);
    storage.full = true;
    store.getState().siteAdded('plots/gf-1');
    expect(store.getState().storage).toEqual({
      persistence: 'not-saved',
      notices: [{ kind: 'write-failed' }],
    });
    expect(storage.getItem(SHORTLIST_STORAGE_KEY)).toBeNull();
    storage.full = false;
    store.getState().siteAdded('plots/gf-2');
    expect(store.getState().storage).toEqual({ persistence: 'saved', notices: [] });
    expect(storeOver(storage).getState().keys).toEqual(['plots/gf-1', 'plots/gf-2']);
  });

  it('works without usable storage and says the list lasts only this tab', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    const store = storeOver(broken);
    expect(store.getState().storage.persistence).toBe('unavailable');
    store.getState().siteAdded('plots/gf-1');
    expect(store.getState().keys).toEqual(['plots/gf-1']);
  });

  it('merges imported entries: new keys appended, two different notes both kept', () => {
    const store = storeOver(memoryStorage());
    const s = store.getState();
    s.siteAdded('plots/gf-1');
    s.noteChanged('plots/gf-1', 'Preis verhandeln');
    s.entriesImported({
      keys: ['plots/gf-2', 'plots/gf-1'],
      notes: { 'plots/gf-1': 'Gleisanschluss prüfen', 'plots/gf-2': 'Favorit' },
    });
    expect(store.getState()).toMatchObject({
      keys: ['plots/gf-1', 'plots/gf-2'],
      notes: { 'plots/gf-1': 'Preis verhandeln\n\nGleisanschluss prüfen', 'plots/gf-2': 'Favorit' },
    });
    expect(mergeNotes('a b', 'a b')).toBe('a b');
  });
});
