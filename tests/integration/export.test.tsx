import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFailureHandler } from '@mocks/msw-handlers';
import { csvColumns } from '@/features/export/site-columns';
import { shortlistStore } from '@/features/shortlist/shortlist-store';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { captureDownloads } from '../support/downloads';
import { renderApp, TEST_TODAY } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const server = serveDuringTests(fixtureDataset());

const downloads = captureDownloads();
beforeEach(() => shortlistStore.setState({ keys: [] }));

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('export', () => {
  it('downloads the filtered results as Excel (Deutsch) CSV that parses back into the values', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByText('Exportieren'));
    await user.click(await screen.findByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(`standorte-${TEST_TODAY}.csv`);
    expect(await screen.findByText(`4 Zeilen exportiert: standorte-${TEST_TODAY}.csv`)).toBeInTheDocument();
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(downloads[0]!.blob);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = await readBlob(downloads[0]!.blob);
    expect(text).toContain('\r\n');
    const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(data.map((r) => r.name).sort()).toEqual([
      'Fläche Erfurter Kreuz',
      'Fläche Leipzig Nord',
      'Halle Dresden',
      'Halle Star Park',
    ]);
    const erfurt = data.find((r) => r.id === 'plots/gf-b')!;
    expect(erfurt).toMatchObject({
      kind: 'plot',
      area_m2: '120000',
      lat: '50,86',
      price_eur_m2: '65',
      contact_phone: '0049 341 555 0100',
      url: `${window.location.origin}/sites/plots/gf-b`,
      clear_height_m: '',
    });
  });

  it('adds the distance from the place and the fit to the wishes after the fixed columns', async () => {
    const user = userEvent.setup();
    // Wishes: up to 60 €/m² (a plot criterion) and from 20,000 m²; within 50 km of Leipzig.
    renderApp('/?price_max=60&area_min=20000&want=price,area&near=leipzig&radius_km=50');
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
    // The place has been looked up once Erfurt and Dresden (~100 km away) have left the list.
    await waitFor(() => expect(screen.queryAllByText('Halle Dresden')).toHaveLength(0));
    await user.click(screen.getByText('Exportieren'));
    await user.click(await screen.findByRole('radio', { name: 'Standard' }));
    await user.click(screen.getByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const { data, meta } = Papa.parse<Record<string, string>>(await readBlob(downloads[0]!.blob), {
      header: true,
      skipEmptyLines: true,
    });
    expect(meta.fields).toEqual([...csvColumns(), 'distance_km', 'fit_met', 'fit_total', 'fit_missed']);
    // The plot meets the area but not the price; price is no wish for a hall, which misses the area.
    expect(data.map((r) => [r.id, r.distance_km, r.fit_met, r.fit_total, r.fit_missed])).toEqual([
      ['plots/gf-a', '5.1', '1', '2', 'price'],
      ['halls/ho-a', '26.9', '0', '1', 'area'],
    ]);
  });

  it('keeps exactly the fixed header without wishes and without a place', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByText('Exportieren'));
    await user.click(await screen.findByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const header = (await readBlob(downloads[0]!.blob)).split('\r\n')[0]!;
    expect(header.replace(/^\uFEFF/, '')).toBe(csvColumns().join(';'));
    expect(header).not.toMatch(/distance_km|fit_/);
  });

  it('downloads the shortlist as Standard CSV and as GeoJSON', async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['halls/ho-a', 'plots/gf-a'] });
    renderApp('/shortlist');
    await user.click(await screen.findByText('Exportieren'));
    await user.click(await screen.findByRole('radio', { name: 'Standard' }));
    await user.click(screen.getByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(`merkliste-${TEST_TODAY}.csv`);
    const { data, meta } = Papa.parse<Record<string, unknown>>(await readBlob(downloads[0]!.blob), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    expect(data.map((r) => r.id)).toEqual(['halls/ho-a', 'plots/gf-a']);
    expect(meta.fields).toEqual([...csvColumns()]); // no search, no extra columns
    expect(data[0]).toMatchObject({ rent_eur_m2_month: 5.2, clear_height_m: 12, zoning: null });

    await user.click(screen.getByRole('button', { name: 'GeoJSON Flächen (Polygone)' }));
    await user.click(screen.getByRole('button', { name: 'GeoJSON Hallen (Punkte)' }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.slice(1).map((d) => d.name)).toEqual([
      `merkliste-flaechen-${TEST_TODAY}.geojson`,
      `merkliste-hallen-${TEST_TODAY}.geojson`,
    ]);
    const [plots, halls] = await Promise.all(
      downloads.slice(1).map(async (d) => JSON.parse(await readBlob(d.blob))),
    );
    expect(plots.features.map((f: { id: string }) => f.id)).toEqual(['plots/gf-a']);
    expect(plots.features[0].geometry.type).toBe('MultiPolygon');
    expect(halls.features.map((f: { id: string }) => f.id)).toEqual(['halls/ho-a']);
    expect(halls.features[0].geometry).toEqual({ type: 'Point', coordinates: [12.08, 51.5] });
    expect(
      screen.getByText(`1 Zeile exportiert: merkliste-hallen-${TEST_TODAY}.geojson`),
    ).toBeInTheDocument();
  });

  it("names the files in the page's language: the results in English", async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en');
    await user.click(await screen.findByText('Export'));
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(`sites-${TEST_TODAY}.csv`);
  });

  it("names the files in the page's language: the shortlist's GeoJSON layers in English", async () => {
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['halls/ho-a', 'plots/gf-a'] });
    renderApp('/shortlist?lang=en');
    await user.click(await screen.findByText('Export'));
    await user.click(await screen.findByRole('button', { name: 'GeoJSON plots (polygons)' }));
    await user.click(screen.getByRole('button', { name: 'GeoJSON halls (points)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual([
      `shortlist-plots-${TEST_TODAY}.geojson`,
      `shortlist-halls-${TEST_TODAY}.geojson`,
    ]);
  });

  it('offers only the GeoJSON file of the kinds the selection holds', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=halls');
    await user.click(await screen.findByText('Exportieren'));
    expect(await screen.findByRole('button', { name: 'GeoJSON Hallen (Punkte)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'GeoJSON Flächen (Polygone)' })).not.toBeInTheDocument();
  });

  it('offers no download while a shortlisted collection is still loading, so no row goes missing', async () => {
    server.use(createFailureHandler({ collection: 'plots', endpoint: 'items', latencyMs: 'infinite' }));
    const user = userEvent.setup();
    shortlistStore.setState({ keys: ['halls/ho-a', 'plots/gf-a'] });
    renderApp('/shortlist');
    expect(await screen.findByText('Halle Star Park')).toBeInTheDocument(); // the halls have arrived
    await user.click(screen.getByText('Exportieren'));
    expect(
      screen.getByText('Standorte werden noch geladen; der Export ist gleich möglich.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'CSV herunterladen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /GeoJSON/ })).not.toBeInTheDocument();
  });
});
