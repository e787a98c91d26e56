import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { csvColumns } from '@/features/export/site-columns';
import { resetShortlistForTests, shortlistStore } from '@/features/shortlist/shortlist-store';
import { SHORTLIST_STORAGE_KEY } from '@/features/shortlist/shortlist-storage';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const extraPlots = ['d', 'e', 'f', 'g', 'h', 'i'].map((x, i) =>
  plotFeature({ id: `gf-${x}`, name: `Fläche ${x.toUpperCase()}`, area_m2: 10000 * (i + 1) }),
);
serveDuringTests(
  createDataset({
    plots: fc([
      plotFeature({ id: 'gf-a', name: 'Fläche Leipzig Nord', area_m2: 30000 }),
      plotFeature({
        id: 'gf-b',
        name: 'Fläche Später',
        area_m2: 120000,
        total_area_m2: 130000,
        largest_contiguous_m2: 100000,
        price_eur_m2: null,
        available_from: '2027-03-01',
        junction_km: null,
      }),
      ...extraPlots,
    ]),
    halls: fc([hallFeature({ id: 'ho-a', name: 'Halle Star Park' })]),
  }),
);

const downloads = captureDownloads();
beforeEach(() => {
  localStorage.clear();
  resetShortlistForTests();
});

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
/** Text with the formatters' no-break spaces as plain ones. */
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');
const entry = (name: string) => screen.getByRole('link', { name }).closest('li')!;
const facts = (li: HTMLElement) =>
  Object.fromEntries(
    [...li.querySelectorAll('.shortlist-entry__facts div')].map((d) => [
      text(d.querySelector('dt')!),
      text(d.querySelector('dd')!),
    ]),
  );
const NOTE = 'Zufahrt prüfen, Gleis; "Nord"\nRückruf Fr.';

describe('the shortlist as a deliverable', () => {
  it('shows each entry’s key facts in the locale’s numbers', async () => {
    shortlistStore.setState({ keys: ['plots/gf-a', 'plots/gf-b', 'halls/ho-a'] });
    renderApp('/shortlist');
    await screen.findByRole('link', { name: 'Fläche Leipzig Nord' });
    expect(facts(entry('Fläche Leipzig Nord'))).toEqual({
      Art: 'Gewerbefläche',
      Fläche: '3 ha',
      'Preis/Miete': '65,00 €/m²',
      'Verfügbar ab': 'sofort',
      'Autobahn-Anschlussstelle': '3,1 km',
      Gemeinde: 'Leipzig',
    });
    expect(facts(entry('Fläche Später'))).toMatchObject({
      'Preis/Miete': 'Preis auf Anfrage',
      'Verfügbar ab': '01.03.2027',
      'Autobahn-Anschlussstelle': 'k. A.',
    });
    expect(facts(entry('Halle Star Park'))).toMatchObject({ Art: 'Halle', 'Preis/Miete': '5,20 €/m² mtl.' });
    expect(
      screen.getByRole('img', { name: /^Karte mit den 3 Standorten der Merkliste/ }),
    ).toBeInTheDocument();
  });

  it('keeps a note as it is typed and shows it in compare and in the CSV `note` column', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['plots/gf-a', 'halls/ho-a'] });
    renderApp('/shortlist');
    const field = await screen.findByRole('textbox', { name: 'Notiz zu „Halle Star Park“' });
    await user.type(field, NOTE.replace('\n', '{Enter}'));
    expect(shortlistStore.getState().notes).toEqual({ 'halls/ho-a': NOTE });
    expect(JSON.parse(localStorage.getItem(SHORTLIST_STORAGE_KEY)!).state.entries).toContainEqual({
      key: 'halls/ho-a',
      note: NOTE,
    });

    await user.click(screen.getByText('Exportieren'));
    await user.click(screen.getByRole('radio', { name: 'Standard' }));
    await user.click(screen.getByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const { data, meta } = Papa.parse<Record<string, string>>(await readBlob(downloads[0]!.blob), {
      header: true,
      skipEmptyLines: true,
    });
    expect(meta.fields).toEqual([...csvColumns(), 'note']);
    expect(data.map((r) => [r.id, r.note])).toEqual([
      ['plots/gf-a', ''],
      ['halls/ho-a', NOTE],
    ]);

    await user.click(screen.getByRole('link', { name: 'Vergleichen (2)' }));
    const table = await screen.findByRole('table', { name: 'Standorte vergleichen' });
    const noteRow = within(table).getByRole('row', { name: /^Notiz/ });
    expect(
      within(noteRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['–', NOTE]);
  });

  it('offers a shared list of 8 for comparison, the first 6 chosen, and lets the user choose', async () => {
    const user = userEvent.setup();
    renderApp('/shortlist?ids=plots/gf-a,/gf-b,/gf-d,/gf-e,/gf-f,/gf-g,/gf-h,/gf-i');
    await screen.findByRole('link', { name: 'Fläche I' });
    expect(screen.getByText(/die ersten 6 sind ausgewählt/)).toBeInTheDocument();
    const box = (name: string) => screen.getByRole('checkbox', { name: `„${name}“ vergleichen` });
    const names = ['Fläche Leipzig Nord', 'Fläche Später', 'Fläche D', 'Fläche E', 'Fläche F', 'Fläche G'];
    for (const name of names) expect(box(name)).toBeChecked();
    expect(box('Fläche H')).not.toBeChecked();
    expect(box('Fläche H')).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Vergleichen (6)' })).toBeInTheDocument();

    await user.click(box('Fläche Später'));
    expect(box('Fläche H')).toBeEnabled();
    await user.click(box('Fläche I'));
    await user.click(screen.getByRole('link', { name: 'Vergleichen (6)' }));
    const table = await screen.findByRole('table', { name: 'Standorte vergleichen' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Merkmal', 'Fläche Leipzig Nord', 'Fläche D', 'Fläche E', 'Fläche F', 'Fläche G', 'Fläche I']);
  });

  it('leads from "Alle auf meine Merkliste" to the own list', async () => {
    const user = userEvent.setup();
    renderApp('/shortlist?ids=plots/gf-a,halls/ho-a');
    const addAll = await screen.findByRole('button', { name: 'Alle auf meine Merkliste' });
    // The button is disabled until the linked sites are loaded.
    await waitFor(() => expect(addAll).toBeEnabled(), { timeout: 5000 });
    await user.click(addAll);
    expect(screen.getByRole('status')).toHaveTextContent('2 Standorte wurden Ihrer Merkliste hinzugefügt.');
    await user.click(screen.getByRole('link', { name: 'Zu meiner Merkliste' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Merkliste' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notiz zu „Halle Star Park“' })).toBeInTheDocument();
    expect(screen.queryByText(/hinzugefügt/)).not.toBeInTheDocument();
  });

  it('says how many sites of a link with more than 200 were left out', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `/x-${i}`).join(',');
    renderApp(`/shortlist?ids=plots${ids}`);
    expect(
      await screen.findByText('50 weitere Standorte im Link wurden nicht übernommen (höchstens 200)'),
    ).toBeInTheDocument();
    expect(screen.getByText('200 Standorte')).toBeInTheDocument();
  });

  it('prints a summary table with the notes, then each site’s exposé in the list’s order', async () => {
    shortlistStore.setState({ keys: ['halls/ho-a', 'plots/gf-a'], notes: { 'plots/gf-a': 'Favorit' } });
    renderApp('/shortlist/print');
    const summary = await screen.findByRole('table', { name: 'Merkliste: Übersicht' });
    const rows = within(summary).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map(text))).toEqual([
      ['1', 'Halle Star Park', 'Halle', '1,05 ha', '5,20 €/m² mtl.', 'sofort', '2 km', ''],
      ['2', 'Fläche Leipzig Nord', 'Gewerbefläche', '3 ha', '65,00 €/m²', 'sofort', '3,1 km', 'Favorit'],
    ]);
    const titles = screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent);
    expect(titles).toEqual(['Merkliste: Übersicht', 'Halle Star Park', 'Fläche Leipzig Nord']);
    const second = screen.getByRole('region', { name: 'Nr. 2' });
    expect(within(second).getByRole('heading', { name: 'Notiz' }).nextSibling).toHaveTextContent('Favorit');
    expect(within(second).getByRole('region', { name: 'Lage des Standorts' })).toBeInTheDocument();
  });
});
