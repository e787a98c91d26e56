import { describe, expect, it } from 'vitest';
import { createShortlistStore } from './shortlist-store';
import { SHORTLIST_STORAGE_KEY, shortlistStorage } from './shortlist-storage';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}
const storeOver = (storage: Storage) => createShortlistStore(shortlistStorage(() => storage));

describe('shortlist store', () => {
  it('adds once, removes, reorders and persists under the versioned key', () => {
    const storage = memoryStorage();
    const store = storeOver(storage);
    const s = store.getState();
    s.siteAdded('plots/gf-1');
    s.siteAdded('halls/ho-7');
    s.siteAdded('plots/gf-1');
    s.siteAdded('plots/gf-2');
    s.siteMoved('plots/gf-2', -1);
    s.siteMoved('plots/gf-1', -1); // already first: no change
    s.siteRemoved('halls/ho-7');
    expect(store.getState().keys).toEqual(['plots/gf-1', 'plots/gf-2']);
    expect(JSON.parse(storage.getItem(SHORTLIST_STORAGE_KEY)!)).toEqual({
      state: { keys: ['plots/gf-1', 'plots/gf-2'] },
      version: 1,
    });
    // A "reload": a new store over the same storage has the same list.
    expect(storeOver(storage).getState().keys).toEqual(['plots/gf-1', 'plots/gf-2']);
  });

  it('migrates the version-0 format', () => {
    const storage = memoryStorage({
      [SHORTLIST_STORAGE_KEY]: JSON.stringify({ state: { ids: ['halls/ho-1', 'plots/gf-1'] }, version: 0 }),
    });
    const store = storeOver(storage);
    expect(store.getState()).toMatchObject({ keys: ['halls/ho-1', 'plots/gf-1'], storageProblem: false });
    expect(JSON.parse(storage.getItem(SHORTLIST_STORAGE_KEY)!).version).toBe(1);
  });

  it.each([
    ['broken JSON', '{"state":'],
    ['foreign data', JSON.stringify({ theme: 'dark' })],
    ['keys that are not site keys', JSON.stringify({ state: { keys: ['nope', 3] }, version: 1 })],
    ['a future version', JSON.stringify({ state: { keys: ['plots/a'] }, version: 9 })],
  ])('resets %s and reports it once', (_label, raw) => {
    const storage = memoryStorage({ [SHORTLIST_STORAGE_KEY]: raw, other: 'kept' });
    const store = storeOver(storage);
    expect(store.getState()).toMatchObject({ keys: [], storageProblem: true });
    expect(storage.getItem(SHORTLIST_STORAGE_KEY)).not.toBe(raw);
    expect(storage.getItem('other')).toBe('kept');
    store.getState().storageProblemDismissed();
    store.getState().siteAdded('plots/gf-1');
    expect(storeOver(storage).getState()).toMatchObject({ keys: ['plots/gf-1'], storageProblem: false });
  });

  it('works without usable storage', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = storeOver(broken);
    store.getState().siteAdded('plots/gf-1');
    expect(store.getState().keys).toEqual(['plots/gf-1']);
  });
});
