import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  reloadShortlist,
  resetShortlistForTests,
  shortlistStore,
} from '@/features/shortlist/shortlist-store';
import { SHORTLIST_STORAGE_KEY } from '@/features/shortlist/shortlist-storage';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  localStorage.clear();
  resetShortlistForTests();
});

const badge = () => screen.getByRole('link', { name: /^Merkliste, / });
const entryNames = () =>
  within(screen.getByRole('list', { name: 'Merkliste' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a, .shortlist-entry__unknown')?.textContent);

describe('shortlist', () => {
  it('adds a site from its detail page; the header badge counts it', async () => {
    const user = userEvent.setup();
    renderApp('/sites/plots/gf-a');
    expect(await screen.findByRole('link', { name: /^Merkliste, / })).toHaveTextContent('Merkliste (0)');
    await user.click(
      await screen.findByRole('button', { name: 'Merken: „Fläche Leipzig Nord“ auf die Merkliste setzen' }),
    );
    expect(badge()).toHaveTextContent('Merkliste (1)');
    const toggle = screen.getByRole('button', {
      name: 'Gemerkt: „Fläche Leipzig Nord“ von der Merkliste entfernen',
    });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(localStorage.getItem(SHORTLIST_STORAGE_KEY)!)).toEqual({
      state: { entries: [{ key: 'plots/gf-a' }] },
      version: 2,
    });
    await user.click(toggle);
    expect(badge()).toHaveTextContent('Merkliste (0)');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Link kopieren' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Link kopiert.')).toBeInTheDocument();
  });

  it('lists the shortlist in order; sites can be moved and removed', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['plots/gf-a', 'halls/ho-a', 'plots/gf-b'] });
    renderApp('/shortlist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Merkliste' })).toBeInTheDocument();
    await waitFor(() =>
      expect(entryNames()).toEqual(['Fläche Leipzig Nord', 'Halle Star Park', 'Fläche Erfurter Kreuz']),
    );
    await user.click(screen.getByRole('button', { name: '„Fläche Erfurter Kreuz“ nach oben' }));
    expect(entryNames()).toEqual(['Fläche Leipzig Nord', 'Fläche Erfurter Kreuz', 'Halle Star Park']);
    await user.click(
      screen.getByRole('button', { name: 'Entfernen: „Fläche Leipzig Nord“ von der Merkliste entfernen' }),
    );
    expect(entryNames()).toEqual(['Fläche Erfurter Kreuz', 'Halle Star Park']);
    expect(badge()).toHaveTextContent('Merkliste (2)');
  });

  it('keeps a damaged stored shortlist aside, says where, and starts empty', async () => {
    const user = userEvent.setup();
    localStorage.setItem(SHORTLIST_STORAGE_KEY, '{"state": not json');
    reloadShortlist();
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die gespeicherte Merkliste war nicht lesbar. Sie bleibt in diesem Browser unter „sf.shortlist.v2.damaged“ aufbewahrt',
    );
    expect(badge()).toHaveTextContent('Merkliste (0)');
    expect(localStorage.getItem('sf.shortlist.v2.damaged')).toBe('{"state": not json');
    await user.click(screen.getByRole('button', { name: 'Hinweis schließen' }));
    expect(screen.queryByText(/nicht lesbar/)).not.toBeInTheDocument();
  });

  it('names the entries it could not read and keeps the others', async () => {
    localStorage.setItem(
      SHORTLIST_STORAGE_KEY,
      JSON.stringify({
        version: 2,
        state: { entries: [{ key: 'plots/gf-a' }, { key: 'kaputt' }, 'halls/ho-a'] },
      }),
    );
    reloadShortlist();
    renderApp('/shortlist');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Diese Einträge der gespeicherten Merkliste waren nicht lesbar und wurden weggelassen: „{"key":"kaputt"}“.',
    );
    await waitFor(() => expect(entryNames()).toEqual(['Fläche Leipzig Nord', 'Halle Star Park']));
  });

  it('keeps a newer version’s list untouched: shown, changes only in this tab, marked unsaved', async () => {
    const user = userEvent.setup();
    const raw = JSON.stringify({ version: 7, state: { entries: [{ key: 'plots/gf-a' }], tags: ['x'] } });
    localStorage.setItem(SHORTLIST_STORAGE_KEY, raw);
    reloadShortlist();
    renderApp('/sites/plots/gf-b');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'von einer neueren Version des Standortfinders',
    );
    await user.click(await screen.findByRole('button', { name: /^Merken: „Fläche Erfurter Kreuz“/ }));
    expect(screen.getByRole('link', { name: 'Merkliste, 2 Standorte, nicht gespeichert' })).toHaveTextContent(
      '!',
    );
    expect(
      screen.getByRole('button', { name: /^Gemerkt.*nicht gespeichert.*Erfurter Kreuz/ }),
    ).toBeInTheDocument();
    expect(localStorage.getItem(SHORTLIST_STORAGE_KEY)).toBe(raw);
  });

  it('says so when the browser refuses to store, and the badge does not claim it kept the list', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      renderApp('/sites/plots/gf-a');
      await user.click(await screen.findByRole('button', { name: /^Merken: „Fläche Leipzig Nord“/ }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Die Merkliste konnte nicht gespeichert werden (Speicher voll oder privater Modus).',
      );
      expect(
        screen.getByRole('link', { name: 'Merkliste, 1 Standort, nicht gespeichert' }),
      ).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
    }
    // Storage works again: the next change is stored and the marks go away.
    await user.click(screen.getByRole('button', { name: /^Gemerkt/ }));
    await user.click(screen.getByRole('button', { name: /^Merken: „Fläche Leipzig Nord“/ }));
    expect(badge()).toHaveAccessibleName('Merkliste, 1 Standort');
    expect(JSON.parse(localStorage.getItem(SHORTLIST_STORAGE_KEY)!)).toMatchObject({ version: 2 });
  });

  it('follows changes another tab makes', async () => {
    renderApp('/shortlist');
    await screen.findByText(/Ihre Merkliste ist leer/);
    const value = JSON.stringify({
      state: { entries: [{ key: 'halls/ho-b' }, { key: 'plots/gf-a' }] },
      version: 2,
    });
    localStorage.setItem(SHORTLIST_STORAGE_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: SHORTLIST_STORAGE_KEY, newValue: value }));
    await waitFor(() => expect(badge()).toHaveTextContent('Merkliste (2)'));
  });

  it('shows a shared list read-only, names unknown and withdrawn sites, and adds the rest', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['halls/ho-b'] });
    renderApp('/shortlist?ids=plots/gf-b,halls/ho-a,plots/gf-c,plots/gibt-es-nicht,kaputt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geteilte Merkliste' })).toBeInTheDocument();
    await waitFor(() =>
      expect(entryNames()).toEqual([
        'Fläche Erfurter Kreuz',
        'Halle Star Park',
        'Zurückgezogene Fläche',
        'Unbekannter Standort: plots/gibt-es-nicht',
      ]),
    );
    const withdrawn = screen.getByRole('link', { name: 'Zurückgezogene Fläche' }).closest('li')!;
    expect(withdrawn).toHaveTextContent('zurückgezogen');
    expect(screen.getByText('Kein gültiger Standort-Schlüssel: „kaputt“')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /entfernen/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alle auf meine Merkliste' }));
    expect(screen.getByText('2 Standorte wurden Ihrer Merkliste hinzugefügt.')).toBeInTheDocument();
    expect(shortlistStore.getState().keys).toEqual(['halls/ho-b', 'plots/gf-b', 'halls/ho-a']);
    expect(badge()).toHaveTextContent('Merkliste (3)');
  });

  it('compares the sites of a shared list and leads back to that list, not the own one', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['halls/ho-b'] });
    const { history } = renderApp('/shortlist?ids=plots/gf-a,plots/gf-b,halls/ho-a');
    await user.click(await screen.findByRole('link', { name: 'Vergleichen (3)' }));
    expect(await screen.findByRole('table', { name: 'Standorte vergleichen' })).toBeInTheDocument();
    // The comparison's own link (to share it) still names the sites it compares.
    expect(history.location.search).toMatch(/^\?ids=.*&list=/);
    await user.click(screen.getByRole('link', { name: '← Zurück zur geteilten Merkliste' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Geteilte Merkliste' })).toBeInTheDocument();
    await waitFor(() =>
      expect(entryNames()).toEqual(['Fläche Leipzig Nord', 'Fläche Erfurter Kreuz', 'Halle Star Park']),
    );
    expect(shortlistStore.getState().keys).toEqual(['halls/ho-b']);
  });

  it('a comparison link names what it could not read and compares the rest', async () => {
    renderApp('/compare?ids=kaputt,plots/gf-a,%3Cb%3E,plots/gf-b');
    expect(await screen.findByRole('table', { name: 'Standorte vergleichen' })).toBeInTheDocument();
    expect(screen.getByText('Kein gültiger Standort-Schlüssel: „kaputt“')).toBeInTheDocument();
    expect(screen.getByText('Kein gültiger Standort-Schlüssel: „<b>“')).toBeInTheDocument();
  });

  it('keeps a comma inside an id (written %2C) part of the id, on the list and in its comparison', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/shortlist?ids=plots/gf-a,/gf%2Cneu,/gf-b');
    await waitFor(() =>
      expect(entryNames()).toEqual([
        'Fläche Leipzig Nord',
        'Unbekannter Standort: plots/gf,neu',
        'Fläche Erfurter Kreuz',
      ]),
    );
    expect(screen.queryByText(/Kein gültiger Standort-Schlüssel/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Vergleichen (2)' }));
    expect(await screen.findByRole('table', { name: 'Standorte vergleichen' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Zurück zur geteilten Merkliste' }));
    await waitFor(() => expect(entryNames()).toHaveLength(3));
    expect(entryNames()[1]).toBe('Unbekannter Standort: plots/gf,neu');
    expect(history.location.search).toBe('?ids=plots/gf-a,/gf%2Cneu,/gf-b');
  });

  it('copies the shortlist as a link, or shows it to copy by hand', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    shortlistStore.setState({ keys: ['plots/gf-a', 'halls/ho-a'] });
    renderApp('/shortlist');
    await user.click(await screen.findByRole('button', { name: 'Merkliste als Link kopieren' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/shortlist?ids=plots/gf-a,halls/ho-a`);
    expect(await screen.findByText('Link kopiert.')).toBeInTheDocument();

    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await user.click(screen.getByRole('button', { name: 'Merkliste als Link kopieren' }));
    expect(await screen.findByRole('textbox', { name: 'Link' })).toHaveValue(
      `${window.location.origin}/shortlist?ids=plots/gf-a,halls/ho-a`,
    );
  });

  it('compares sites side by side: "–" where a field does not apply, best values marked', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['plots/gf-a', 'plots/gf-b', 'halls/ho-a'] });
    renderApp('/shortlist');
    await user.click(await screen.findByRole('link', { name: 'Vergleichen (3)' }));
    const table = await screen.findByRole('table', { name: 'Standorte vergleichen' });
    const cells = (rowName: RegExp) =>
      within(within(table).getByRole('row', { name: rowName }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Merkmal', 'Fläche Leipzig Nord', 'Fläche Erfurter Kreuz', 'Halle Star Park']);
    expect(cells(/^Fläche \(verfügbar bzw\. Halle\)/)).toEqual([
      '3\u00a0ha',
      '12\u00a0ha ★(bester Wert)',
      '1,05\u00a0ha',
    ]);
    expect(cells(/^Baugebiet/)).toEqual(['GI – Industriegebiet', 'GI – Industriegebiet', '–']);
    expect(cells(/^Lichte Höhe/)).toEqual(['–', '–', '12\u00a0m']);
    expect(within(table).getByRole('row', { name: /^Fläche \(verfügbar/ })).toHaveClass(
      'compare-table__row--differs',
    );
    expect(within(table).getByRole('row', { name: /^Datenstand/ })).not.toHaveClass(
      'compare-table__row--differs',
    );
  });
});
