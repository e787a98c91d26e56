import { describe, expect, it } from 'vitest';
import { damagedKey } from '@/lib/storage/versioned-storage';
import { validateSites } from '@/lib/sites/validate-sites';
import { plotFeature } from '../../../tests/support/site-fixtures';
import { takeSnapshot } from './result-snapshot';
import { canonicalQuery, SEARCHES_STORAGE_KEY } from './saved-search-format';
import { OPENING_SESSION_KEY } from './opened-search-session';
import { createSavedSearchesStore } from './saved-searches-store';
import { memoryStorage } from '../../../tests/support/memory-storage';

const storeOver = (storage: Storage) => createSavedSearchesStore(() => storage);
const stored = (storage: Storage) => JSON.parse(storage.getItem(SEARCHES_STORAGE_KEY)!) as unknown;
const envelope = (version: number, searches: unknown[]) => JSON.stringify({ version, state: { searches } });

describe('saved searches store', () => {
  it('saves under sf.searches.v1; the same search again updates it; rename and delete', () => {
    const storage = memoryStorage();
    const store = storeOver(storage);
    const s = store.getState();
    expect(s.searchSaved({ name: 'Große Flächen', query: '?kind=plots&area_min=20000' }, '2026-11-27')).toBe(
      'added',
    );
    expect(
      s.searchSaved({ name: 'Große GI-Flächen ', query: '?kind=plots&area_min=20000' }, '2026-11-28'),
    ).toBe('updated');
    s.searchSaved({ name: 'Hallen', query: '?kind=halls' }, '2026-11-28');
    s.searchRenamed('?kind=halls', 'Hallen in Sachsen');
    s.searchRenamed('?kind=halls', '   ');
    expect(stored(storage)).toEqual({
      version: 1,
      state: {
        searches: [
          { name: 'Große GI-Flächen', query: '?kind=plots&area_min=20000', saved: '2026-11-28' },
          { name: 'Hallen in Sachsen', query: '?kind=halls', saved: '2026-11-28' },
        ],
      },
    });
    s.searchDeleted('?kind=plots&area_min=20000');
    expect(store.getState().searches.map((x) => x.name)).toEqual(['Hallen in Sachsen']);
  });

  it('reads a query in canonical form, so the same search written differently is one', () => {
    expect(canonicalQuery('area_min=20000&kind=plots&foo=1')).toBe('?kind=plots&area_min=20000');
    const storage = memoryStorage({
      [SEARCHES_STORAGE_KEY]: envelope(1, [
        { name: 'A', query: '?area_min=20000&kind=plots', saved: '2026-11-01' },
        { name: 'B', query: '?kind=plots&area_min=20000', saved: '2026-11-02' },
      ]),
    });
    expect(storeOver(storage).getState().searches).toEqual([
      { name: 'A', query: '?kind=plots&area_min=20000', saved: '2026-11-01' },
    ]);
  });

  it('drops a bad entry alone and names it', () => {
    const storage = memoryStorage({
      [SEARCHES_STORAGE_KEY]: envelope(1, [
        { name: 'Gut', query: '?kind=halls', saved: '2026-11-01' },
        { name: 'Ohne Datum', query: '?kind=plots' },
        42,
      ]),
    });
    const state = storeOver(storage).getState();
    expect(state.searches.map((x) => x.name)).toEqual(['Gut']);
    expect(state.storage.notices).toEqual([{ kind: 'dropped', entries: ['Ohne Datum', '42'] }]);
  });

  it('drops an entry whose day is no day of the calendar (its date blanked the page)', () => {
    const storage = memoryStorage({
      [SEARCHES_STORAGE_KEY]: envelope(1, [
        { name: 'Gut', query: '?kind=halls', saved: '2026-11-01' },
        { name: 'Monat 13', query: '?kind=plots', saved: '2026-13-45' },
        {
          name: '30. Februar',
          query: '?area_min=50000',
          saved: '2026-11-01',
          opened: { at: '2026-02-30', keys: [], hashes: [], complete: true },
        },
      ]),
    });
    const state = storeOver(storage).getState();
    expect(state.searches.map((x) => x.name)).toEqual(['Gut']);
    expect(state.storage.notices).toEqual([{ kind: 'dropped', entries: ['Monat 13', '30. Februar'] }]);
  });

  it('keeps a newer version’s data untouched and read-only', () => {
    const raw = envelope(2, [{ name: 'Neu', query: '?kind=halls', saved: '2027-01-01', extra: true }]);
    const storage = memoryStorage({ [SEARCHES_STORAGE_KEY]: raw });
    const store = storeOver(storage);
    expect(store.getState().searches.map((x) => x.name)).toEqual(['Neu']);
    expect(store.getState().storage).toMatchObject({
      persistence: 'read-only',
      notices: [{ kind: 'newer' }],
    });
    store.getState().searchSaved({ name: 'X', query: '' }, '2027-01-02');
    expect(storage.getItem(SEARCHES_STORAGE_KEY)).toBe(raw);
  });

  it('copies damaged data aside; a failed write says so', () => {
    const storage = memoryStorage({ [SEARCHES_STORAGE_KEY]: '{nope' });
    const store = storeOver(storage);
    expect(storage.getItem(damagedKey(SEARCHES_STORAGE_KEY))).toBe('{nope');
    storage.full = true;
    store.getState().searchSaved({ name: 'X', query: '?kind=halls' }, '2026-11-27');
    expect(store.getState().storage.persistence).toBe('not-saved');
    expect(store.getState().storage.notices.at(-1)).toEqual({ kind: 'write-failed' });
  });

  it('records the results when a saved search is opened and diffs the next opening against them', () => {
    const storage = memoryStorage();
    const store = storeOver(storage);
    const s = store.getState();
    s.searchSaved({ name: 'GI', query: '?zoning=GI' }, '2026-11-27');
    const first = validateSites('plots', 'plot', [plotFeature({ id: 'a' }), plotFeature({ id: 'b' })]).sites;
    s.resultsSeen('?zoning=GI', first, takeSnapshot(first, '2026-11-27'));
    expect(store.getState().searches[0]!.opened).toBeUndefined(); // not opened from the list
    s.searchOpening('?zoning=GI');
    s.resultsSeen('?zoning=GI', first, takeSnapshot(first, '2026-11-27'));
    expect(store.getState().opening).toEqual({ query: '?zoning=GI', recorded: true, diff: null });
    expect(store.getState().searches[0]!.opened?.keys).toEqual(['plots/a', 'plots/b']);
    const later = validateSites('plots', 'plot', [
      plotFeature({ id: 'a', price_eur_m2: 1 }),
      plotFeature({ id: 'b' }),
      plotFeature({ id: 'c' }),
    ]).sites;
    s.searchOpening('?zoning=GI');
    s.resultsSeen('?zoning=GI', later, takeSnapshot(later, '2026-12-02'));
    const diff = store.getState().opening!.diff!;
    expect([diff.since, [...diff.fresh], [...diff.changed]]).toEqual([
      '2026-11-27',
      ['plots/c'],
      ['plots/a'],
    ]);
    expect(store.getState().searches[0]!.opened?.at).toBe('2026-12-02');
  });

  describe('the opened search over a reload of the tab', () => {
    const sites = (...ids: string[]) =>
      validateSites(
        'plots',
        'plot',
        ids.map((id) => plotFeature({ id })),
      ).sites;
    /** Saves a search, opens it twice (a new site the second time) and returns the stores' storages. */
    function openedTwice() {
      const storage = memoryStorage();
      const session = memoryStorage();
      const store = createSavedSearchesStore(
        () => storage,
        () => session,
      );
      const s = store.getState();
      s.searchSaved(
        { name: 'GI', query: '?zoning=GI' },
        '2026-11-27',
        takeSnapshot(sites('a'), '2026-11-27'),
      );
      s.searchOpening('?zoning=GI');
      s.resultsSeen('?zoning=GI', sites('a', 'b'), takeSnapshot(sites('a', 'b'), '2026-12-02'));
      return { storage, session, opening: store.getState().opening };
    }

    it('keeps the marks of the search just opened: a reload shows them again', () => {
      const { storage, session, opening } = openedTwice();
      expect([...opening!.diff!.fresh]).toEqual(['plots/b']);
      const reloaded = createSavedSearchesStore(
        () => storage,
        () => session,
      ).getState();
      expect(reloaded.opening).toEqual(opening);
      expect(reloaded.opening!.diff!.fresh.has('plots/b')).toBe(true);
      // Recorded already: the reload does not record it again (and so does not lose the marks).
      expect(reloaded.opening!.recorded).toBe(true);
    });

    it('starts without marks in a new tab, and from an entry it cannot read', () => {
      const { storage } = openedTwice();
      expect(
        createSavedSearchesStore(
          () => storage,
          () => memoryStorage(),
        ).getState().opening,
      ).toBeNull();
      for (const raw of [
        '{broken',
        'null',
        '{"query":1,"recorded":true,"diff":null}',
        '{"query":"?a","recorded":true,"diff":{"since":"2026-12-02","fresh":[1],"changed":[]}}',
        '{"version":1,"state":{"query":1,"recorded":true,"diff":null}}',
        '{"version":1,"state":{"query":"?a","recorded":true,"diff":{"since":"2026-12-02","fresh":[1],"changed":[]}}}',
        '{"version":1,"state":{"query":"?a","recorded":true,"diff":{"since":"2026-13-45","fresh":[],"changed":[]}}}',
      ]) {
        const session = memoryStorage();
        session.setItem(OPENING_SESSION_KEY, raw);
        expect(
          createSavedSearchesStore(
            () => storage,
            () => session,
          ).getState().opening,
        ).toBeNull();
      }
    });

    it('still opens searches when the tab storage refuses to keep the marks', () => {
      const refusing = memoryStorage();
      refusing.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const store = createSavedSearchesStore(
        () => memoryStorage(),
        () => refusing,
      );
      store.getState().searchOpening('?zoning=GI');
      expect(store.getState().opening).toMatchObject({ query: '?zoning=GI', recorded: false });
    });
  });
});
