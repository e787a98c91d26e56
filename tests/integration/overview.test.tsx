import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { captureDownloads } from '../support/downloads';
import { renderApp, TEST_TODAY } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

// Listed: plots Leipzig (SN, 3 ha) and Erfurter Kreuz (TH, 12 ha); halls Star Park (ST, 10,500 m²)
// and Dresden (SN, 4,000 m²). The withdrawn plot never counts.
serveDuringTests(fixtureDataset());

/** The totals line (a live region); the first render loads the lazy chart chunk, hence the wait. */
const expectTotals = (text: string) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), { timeout: 10_000 });
const chart = (title: string) => screen.getByRole('figure', { name: title });

describe('supply overview', () => {
  it('shows totals and charts of the current result set, with a table and a summary per chart', async () => {
    renderApp('/overview');
    await expectTotals('2 Flächen mit 15 ha · 2 Hallen mit 1,45 ha');
    const byState = chart('Gewerbeflächen: Nach Bundesland');
    expect(
      within(byState).getByRole('link', {
        name: 'Thüringen: 12\u00a0ha, 1 Fläche – Thüringen in der Suche zeigen',
      }),
    ).toBeVisible();
    expect(
      within(byState).getByText(/zusammen 15 ha auf 2 Flächen. Am meisten: Thüringen mit 12 ha \(80 %\)/),
    ).toBeVisible();
    // No plot in Sachsen-Anhalt: a row in the table, but no link.
    expect(within(byState).queryByRole('link', { name: /^Sachsen-Anhalt/ })).not.toBeInTheDocument();
    const sizes = chart('Hallen: Größenklassen');
    const rows = within(within(sizes).getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'KategorieStandorteFläche',
      'unter 2.000\u00a0m²00\u00a0m²',
      // One unit per chart: a halls chart reads in m² (auto), labels and areas alike.
      '2.000\u00a0m² bis unter 10.000\u00a0m²14.000\u00a0m²',
      '10.000\u00a0m² bis unter 50.000\u00a0m²110.500\u00a0m²',
      'ab 50.000\u00a0m²00\u00a0m²',
    ]);
  });

  it('a chart without sites says so and draws no empty bars or axis', async () => {
    renderApp('/overview?kind=halls');
    await expectTotals('0 Flächen');
    const byState = chart('Gewerbeflächen: Nach Bundesland');
    expect(within(byState).getByText(/keine Standorte/)).toBeVisible();
    expect(byState.querySelector('svg')).toBeNull();
    // Its table still lists the three states with their zeros.
    expect(within(within(byState).getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(chart('Hallen: Nach Bundesland').querySelector('svg')).not.toBeNull();
  });

  it('changing a filter changes the numbers', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/overview?state=SN');
    // Plots and halls in one sentence: one unit.
    await expectTotals('1 Fläche mit 3 ha · 1 Halle mit 0,4 ha');
    await user.click(screen.getByRole('button', { name: 'Bundesland: Sachsen entfernen' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(history.location.pathname).toBe('/overview');
    await expectTotals('2 Flächen mit 15 ha · 2 Hallen mit 1,45 ha');
  });

  it('clicking a bar applies its filter and opens the search', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/overview?area_min=5000');
    await expectTotals('2 Flächen mit 15 ha · 1 Halle mit 1,05 ha');
    await user.click(
      within(chart('Gewerbeflächen: Größenklassen')).getByRole('link', {
        name: '10\u00a0ha bis unter 50\u00a0ha: 12\u00a0ha, 1 Fläche – 10\u00a0ha bis unter 50\u00a0ha in der Suche zeigen',
      }),
    );
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(history.location.search).toBe('?kind=plots&area_min=100000&area_max=499999');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche'));
    const list = screen.getByRole('list', { name: 'Ergebnisse' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Fläche Erfurter Kreuz']);
  });

  it('the header links to the overview with the search filters', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=halls');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Hallen'));
    await user.click(screen.getByRole('link', { name: 'Übersicht' }));
    await waitFor(() => expect(history.location.pathname).toBe('/overview'));
    expect(history.location.search).toBe('?kind=halls');
    await expectTotals('0 Flächen mit 0 m² · 2 Hallen mit 14.500 m²');
  });
});

describe('overview CSV', () => {
  const downloads = captureDownloads();

  it('downloads the tables as Excel CSV, one row per bar, named in German', async () => {
    const user = userEvent.setup();
    renderApp('/overview');
    await expectTotals('2 Flächen mit 15 ha');
    await user.click(screen.getByRole('button', { name: 'Tabellen als CSV' }));
    expect(await screen.findByText(`Übersicht exportiert: uebersicht-${TEST_TODAY}.csv`)).toBeInTheDocument();
    const { data, meta } = Papa.parse<Record<string, string>>(
      (await downloads[0]!.blob.text()).replace(/^\uFEFF/, ''),
      {
        header: true,
        delimiter: ';',
        skipEmptyLines: true,
      },
    );
    expect(meta.fields).toEqual(['chart', 'kind', 'key', 'label', 'sites', 'area_m2']);
    expect(data.find((r) => r.chart === 'state' && r.kind === 'plots' && r.key === 'TH')).toEqual({
      chart: 'state',
      kind: 'plots',
      key: 'TH',
      label: 'Thüringen',
      sites: '1',
      area_m2: '120000',
    });
  });

  it('names the file in English on the English page', async () => {
    const user = userEvent.setup();
    renderApp('/overview?lang=en');
    await expectTotals('2 plots');
    await user.click(screen.getByRole('button', { name: 'Tables as CSV' }));
    expect(await screen.findByText(`Overview exported: overview-${TEST_TODAY}.csv`)).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual([`overview-${TEST_TODAY}.csv`]);
  });
});
