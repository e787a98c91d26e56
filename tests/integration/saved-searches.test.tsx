import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { createHandlers } from '@mocks/msw-handlers';
import {
  resetSavedSearchesForTests,
  savedSearchesStore,
} from '@/features/saved-searches/saved-searches-store';
import { SEARCHES_STORAGE_KEY } from '@/features/saved-searches/saved-search-format';
import { resetShortlistForTests, shortlistStore } from '@/features/shortlist/shortlist-store';
import type { SiteKey } from '@/contract/site-key';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests, waitForCount } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset, hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const server = serveDuringTests(fixtureDataset());
const WAIT = { timeout: 10_000 };
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

beforeEach(() => {
  localStorage.clear();
  resetSavedSearchesForTests();
  resetShortlistForTests();
});
afterEach(() => vi.restoreAllMocks());

/** The fixture's plots a week later (gf-b as in the fixture): gf-a's price changed, gf-d newly listed. */
const changedDataset = () =>
  createDataset({
    plots: fc([
      plotFeature({ id: 'gf-a', name: 'Fläche Leipzig Nord', area_m2: 30000, price_eur_m2: 55 }),
      plotFeature({
        id: 'gf-b',
        name: 'Fläche Erfurter Kreuz',
        area_m2: 120000,
        total_area_m2: 130000,
        largest_contiguous_m2: 100000,
        state: 'TH',
        municipality: 'Arnstadt',
        district: 'Ilm-Kreis',
        ags: '16070004',
        lon: 10.98,
        lat: 50.86,
      }),
      plotFeature({ id: 'gf-d', name: 'Fläche Halle Neu', area_m2: 40000, listed_since: '2026-11-30' }),
    ]),
    halls: fc([hallFeature({ id: 'ho-a', name: 'Halle Star Park' })]),
  });

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

const cardOf = (name: string) =>
  within(screen.getByRole('list', { name: 'Ergebnisse' }))
    .getByRole('link', { name })
    .closest('article')!;

describe('saved searches', () => {
  it('saves a search with the results on screen, and tells what is new or changed after the data changed', async () => {
    const user = userEvent.setup();
    const first = renderApp('/?kind=plots');
    await waitForCount('2 Flächen');
    await user.click(screen.getByRole('button', { name: 'Suche speichern' }));
    const name = screen.getByRole('textbox', { name: 'Name der Suche' });
    expect(name).toHaveValue('Art: Flächen');
    await user.clear(name);
    await user.type(name, 'Meine Flächen{Enter}');
    expect(await screen.findByText('Suche „Meine Flächen“ gespeichert.')).toBeInTheDocument();
    // Saving records what is on screen, so the first opening already counts from here.
    expect(JSON.parse(localStorage.getItem(SEARCHES_STORAGE_KEY)!)).toMatchObject({
      version: 1,
      state: {
        searches: [
          {
            name: 'Meine Flächen',
            query: '?kind=plots',
            saved: '2026-11-27',
            opened: { at: '2026-11-27', keys: ['plots/gf-b', 'plots/gf-a'], complete: true },
          },
        ],
      },
    });
    await user.click(screen.getByRole('link', { name: 'Gespeicherte Suchen (1)' }));
    expect(await screen.findByText('0 neu, 0 geändert seit 27.11.2026', {}, WAIT)).toBeInTheDocument();
    first.unmount();

    // A week later the data has changed: a new matching plot, a changed price on another.
    server.use(...createHandlers(changedDataset()));
    renderApp('/searches', { today: '2026-12-02' });
    expect(await screen.findByText('1 neu, 1 geändert seit 27.11.2026', {}, WAIT)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Meine Flächen' }));
    await waitForCount('3 Flächen');
    expect(await screen.findByText('1 neu, 1 geändert seit 27.11.2026', {}, WAIT)).toBeInTheDocument();
    expect(within(cardOf('Fläche Halle Neu')).getByText('Neu seit letztem Öffnen')).toBeInTheDocument();
    expect(within(cardOf('Fläche Leipzig Nord')).getByText('Geändert')).toBeInTheDocument();
    expect(within(cardOf('Fläche Erfurter Kreuz')).queryByText(/Geändert|Neu seit/)).not.toBeInTheDocument();

    // The opening is recorded: the list now counts from today.
    await user.click(screen.getByRole('link', { name: 'Gespeicherte Suchen (1)' }));
    expect(await screen.findByText('0 neu, 0 geändert seit 02.12.2026', {}, WAIT)).toBeInTheDocument();
  });

  it('renames and deletes a saved search', async () => {
    const user = userEvent.setup();
    savedSearchesStore.getState().searchSaved({ name: 'Hallen', query: '?kind=halls' }, '2026-11-01');
    renderApp('/searches');
    await user.click(await screen.findByRole('button', { name: '„Hallen“ umbenennen' }));
    const field = screen.getByRole('textbox', { name: 'Name der Suche' });
    await user.clear(field);
    await user.type(field, 'Hallen in Sachsen{Enter}');
    expect(screen.getByRole('link', { name: 'Hallen in Sachsen' })).toHaveAttribute('href', '/?kind=halls');
    await user.click(screen.getByRole('button', { name: '„Hallen in Sachsen“ löschen' }));
    expect(screen.getByText(/Noch keine gespeicherten Suchen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gespeicherte Suchen (0)' })).toBeInTheDocument();
  });

  it('says what each search holds, also after it was renamed', async () => {
    const { searchSaved } = savedSearchesStore.getState();
    searchSaved({ name: 'Favoriten', query: '?kind=plots&area_min=20000&rail=1' }, '2026-11-01');
    searchSaved({ name: 'Alles', query: '' }, '2026-11-02');
    searchSaved({ name: 'Thüringen', query: '?district=16070' }, '2026-11-03');
    searchSaved({ name: 'Vogtland', query: '?district=14523' }, '2026-11-03');
    searchSaved({ name: 'Mit Wunsch', query: '?kind=plots&rail=1&want=rail' }, '2026-11-03');
    searchSaved({ name: 'Im Projekt', query: '?region=proj-ilm' }, '2026-11-04');
    const project = {
      type: 'Feature',
      id: 'proj-ilm',
      geometry: null,
      properties: {
        kind: 'project',
        date: '2020-01-01',
        title: 'Projekt Ilm-Kreis',
        teaser: 'Ein Projekt.',
        body: 'Beschreibung.',
        topics: [],
        locations: [{ type: 'district', district: '16070' }],
        links: [],
        source: 'Test',
      },
    };
    server.use(...createHandlers(createDataset({ projects: fc([project]) }, fixtureDataset())));
    renderApp('/searches');
    const item = (name: string) => screen.getByRole('link', { name }).closest('li')!;
    await screen.findByRole('link', { name: 'Favoriten' }, WAIT);
    expect(item('Favoriten').querySelector('.saved-search__filters')!.textContent).toBe(
      'Art: Flächen · Fläche ab: 2\u00a0ha · Gleisanschluss',
    );
    expect(item('Alles').querySelector('.saved-search__filters')!.textContent).toBe('Alle Standorte');
    // A wish is marked at its filter, not as an item of its own.
    expect(item('Mit Wunsch').querySelector('.saved-search__filters')!.textContent).toBe(
      'Art: Flächen · Gleisanschluss (Wunsch)',
    );
    // A district is named once the sites are in.
    await waitFor(
      () =>
        expect(item('Thüringen').querySelector('.saved-search__filters')!.textContent).toMatch(/Ilm-Kreis/),
      WAIT,
    );
    // A district without sites by the districts' gazetteer.
    await waitFor(
      () =>
        expect(item('Vogtland').querySelector('.saved-search__filters')!.textContent).toBe(
          'Landkreis: Vogtlandkreis',
        ),
      WAIT,
    );
    // A project region by its title, once the projects are in.
    await waitFor(
      () =>
        expect(item('Im Projekt').querySelector('.saved-search__filters')!.textContent).toBe(
          'Projektregion: Projekt Ilm-Kreis',
        ),
      WAIT,
    );
  });

  it('asks the name by keyboard: Escape closes the form and gives focus back, nothing saved', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=halls');
    await waitForCount('2 Hallen');
    await user.click(screen.getByRole('button', { name: 'Suche speichern' }));
    expect(screen.getByRole('textbox', { name: 'Name der Suche' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Suche speichern' })).toHaveFocus());
    expect(savedSearchesStore.getState().searches).toEqual([]);
  });

  it('says so when the searches cannot be stored', async () => {
    const user = userEvent.setup();
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key === SEARCHES_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    renderApp('/?kind=halls');
    await waitForCount('2 Hallen');
    await user.click(screen.getByRole('button', { name: 'Suche speichern' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Suchen konnten nicht gespeichert werden (Speicher voll oder privater Modus).',
    );
  });
});

describe('backup file', () => {
  it('exports searches and the shortlist with notes, and imports them into a fresh browser: merged, bad entries named', async () => {
    const user = userEvent.setup();
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    savedSearchesStore.getState().searchSaved({ name: 'Hallen', query: '?kind=halls' }, '2026-11-01');
    savedSearchesStore
      .getState()
      .searchSaved({ name: 'Große Flächen', query: '?area_min=100000' }, '2026-11-02');
    shortlistStore.setState({
      keys: ['plots/gf-a', 'halls/ho-a'] as SiteKey[],
      notes: { ['plots/gf-a' as SiteKey]: 'Preis klären' },
    });
    const { unmount } = renderApp('/searches');
    await user.click(await screen.findByRole('button', { name: 'Exportieren (Datei)' }));
    expect(
      await screen.findByText('Sicherung gespeichert: standortfinder-sicherung-2026-11-27.json'),
    ).toBeInTheDocument();
    const exported = JSON.parse(await readBlob(blob!)) as { searches: unknown[]; shortlist: unknown[] };
    unmount();

    // Another browser: one of the searches and one site (with another note) are already there.
    localStorage.clear();
    resetSavedSearchesForTests();
    resetShortlistForTests();
    savedSearchesStore.getState().searchSaved({ name: 'Meine Hallen', query: '?kind=halls' }, '2026-11-20');
    shortlistStore.setState({
      keys: ['plots/gf-a'] as SiteKey[],
      notes: { ['plots/gf-a' as SiteKey]: 'Anrufen' },
    });
    const file = {
      ...exported,
      searches: [...exported.searches, { name: 'Kaputt', query: 7 }],
      shortlist: [...exported.shortlist, { key: 'keine Adresse' }],
    };
    renderApp('/searches');
    await user.upload(
      await screen.findByLabelText('Sicherungsdatei importieren'),
      new File([JSON.stringify(file)], 'sicherung.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'Importiert. Suchen: 1 neu, 1 zusammengeführt. Merkliste: 1 neu, 1 zusammengeführt. Übersprungen: 2.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Übersprungen: „Kaputt“, „keine Adresse“')).toBeInTheDocument();
    expect(savedSearchesStore.getState().searches.map((s) => s.name)).toEqual([
      'Meine Hallen',
      'Große Flächen',
    ]);
    expect(shortlistStore.getState().keys).toEqual(['plots/gf-a', 'halls/ho-a']);
    expect(shortlistStore.getState().notes['plots/gf-a' as SiteKey]).toBe('Anrufen\n\nPreis klären');
  });

  it("names the file in the page's language", async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/searches?lang=en');
    await user.click(await screen.findByRole('button', { name: 'Export (file)' }));
    expect(await screen.findByText('Backup saved: site-finder-backup-2026-11-27.json')).toBeInTheDocument();
  });

  it('imports nothing from a file that is no backup, and says so', async () => {
    const user = userEvent.setup();
    renderApp('/searches');
    await user.upload(
      await screen.findByLabelText('Sicherungsdatei importieren'),
      new File(['{"hello":1}'], 'fremd.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Datei „fremd.json“ ist keine lesbare Sicherung',
    );
  });
});
