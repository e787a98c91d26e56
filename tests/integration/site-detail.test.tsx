import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMockServer } from '@mocks/node';
import { createDataset } from '@mocks/dataset';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset, hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const server = serveDuringTests(fixtureDataset());

const row = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('site detail', () => {
  it('shows every field of a plot in readable German form', async () => {
    renderApp('/sites/plots/gf-b');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fläche Erfurter Kreuz' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Arnstadt · Stand: 01.10.2026')).toBeInTheDocument();
    expect(row('Verfügbare Fläche')).toBe('12\u00a0ha');
    expect(row('Gesamtfläche')).toBe('13\u00a0ha');
    expect(row('Baugebiet')).toBe('GI – Industriegebiet');
    expect(row('Kaufpreis')).toBe('65,00\u00a0€/m²');
    expect(row('Verfügbar ab')).toBe('sofort');
    expect(row('Nächste Autobahn-Anschlussstelle')).toBe('3,1\u00a0km (Leipzig-Nord, A14)');
    expect(row('Bundesland')).toBe('Thüringen');
    expect(row('Position')).toBe('ungefähr (± 1–3 km)');
    expect(row('Branchen')).toBe('Logistik');
    expect(screen.getByRole('note')).toHaveTextContent('Beispieldaten');
  });

  it('shows hall fields and a future availability date', async () => {
    server.use(
      ...createMockServer(
        createDataset({
          halls: {
            type: 'FeatureCollection',
            features: [
              hallFeature({
                id: 'ho-a',
                name: 'Halle Star Park',
                sector_tags: ['logistics', 'quantum-computing'],
              }),
            ],
          },
        }),
      ).listHandlers(),
    );
    renderApp('/sites/halls/ho-a');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halle Star Park' })).toBeInTheDocument();
    expect(row('Hallenfläche')).toBe('10.500\u00a0m²');
    expect(row('Lichte Höhe')).toBe('12 m');
    expect(row('Miete')).toBe('5,20\u00a0€/m² mtl.');
    expect(row('Kran')).toBe('keine');
    expect(row('Branchen')).toBe('Logistik, quantum-computing');
  });

  it('offers an e-mail enquiry with the site link in the body', async () => {
    renderApp('/sites/plots/gf-a');
    const link = await screen.findByRole('link', { name: 'Anfrage per E-Mail' });
    const href = new URL(link.getAttribute('href')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('standorte@example.org');
    const body = decodeURIComponent(href.searchParams.get('body') ?? '');
    expect(body).toContain(`${window.location.origin}/sites/plots/gf-a`);
    expect(decodeURIComponent(href.searchParams.get('subject') ?? '')).toBe(
      'Anfrage zum Standort Fläche Leipzig Nord',
    );
  });

  it('shows its geometry on the map, selected', async () => {
    fakeMaps.length = 0;
    renderApp('/sites/plots/gf-a');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Leipzig Nord' });
    movePointer();
    await vi.waitFor(() =>
      expect(fakeMaps.at(-1)?.featureState.get('plot-areas/plots/gf-a')).toEqual({ selected: true }),
    );
    expect(fakeMaps.at(-1)!.fitBounds).toHaveBeenCalled();
  });

  it('goes back to the search with the filters kept', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/sites/plots/gf-a?kind=plots');
    await user.click(await screen.findByRole('link', { name: /Zurück zur Suche/ }));
    expect(history.location.pathname).toBe('/');
    expect(history.location.search).toBe('?kind=plots');
    expect(await screen.findByRole('status')).toHaveTextContent('2 Flächen');
  });

  it('says "not found" for an unknown key', async () => {
    renderApp('/sites/plots/gibt-es-nicht');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Standort nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/plots\/gibt-es-nicht/)).toBeInTheDocument();
  });

  it('shows hostile strings from the data as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    server.use(
      ...createMockServer(
        createDataset({
          plots: {
            type: 'FeatureCollection',
            features: [plotFeature({ id: 'x', name: hostile, park: hostile })],
          },
          halls: { type: 'FeatureCollection', features: [hallFeature()] },
        }),
      ).listHandlers(),
    );
    const { container } = renderApp('/sites/plots/x');
    expect(await screen.findByRole('heading', { level: 1, name: hostile })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(within(screen.getByRole('article')).getAllByText(hostile).length).toBeGreaterThan(0);
  });
});
