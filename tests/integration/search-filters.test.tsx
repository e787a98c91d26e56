import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { createMockServer } from '@mocks/node';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

/** Sites whose differences each filter group can see. */
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const dataset = createDataset({
  plots: fc([
    plotFeature({
      id: 'p-weissenfels',
      name: 'Weißenfels Süd',
      municipality: 'Weißenfels',
      district: 'Burgenlandkreis',
      ags: '15084590',
      state: 'ST',
      area_m2: 20000,
      total_area_m2: 30000,
      zoning: 'GI',
      price_eur_m2: 40,
      junction_km: 3,
      lon: 11.97,
      lat: 51.2,
    }),
    plotFeature({
      id: 'p-halle',
      name: 'Halle Ost',
      municipality: 'Halle (Saale)',
      district: 'Halle (Saale)',
      ags: '15002000',
      state: 'ST',
      area_m2: 150000,
      total_area_m2: 160000,
      largest_contiguous_m2: 120000,
      zoning: 'GE',
      price_eur_m2: null,
      price_on_request: true,
      junction_km: 20,
      lon: 12.02,
      lat: 51.49,
    }),
    plotFeature({
      id: 'p-leipzig',
      name: 'Leipzig Nord',
      area_m2: 30000,
      total_area_m2: 31000,
      zoning: 'GI',
      price_eur_m2: 65,
      lon: 12.3,
      lat: 51.38,
    }),
  ]),
  halls: fc([
    hallFeature({
      id: 'h-star',
      name: 'Halle Star Park',
      area_m2: 8000,
      clear_height_m: 12,
      loading_docks: 6,
      rent_eur_m2_month: 5.5,
    }),
    hallFeature({
      id: 'h-dresden',
      name: 'Dresden Kranhalle',
      park: null,
      state: 'SN',
      district: 'Dresden',
      municipality: 'Dresden',
      ags: '14612000',
      area_m2: 3000,
      clear_height_m: 7,
      loading_docks: 1,
      rent_eur_m2_month: 7,
      crane_t: 20,
      lon: 13.74,
      lat: 51.05,
    }),
  ]),
});
const server = serveDuringTests(dataset);

const names = () =>
  within(screen.getByRole('list', { name: 'Ergebnisse' }))
    .getAllByRole('link')
    .map((a) => a.textContent);
const loaded = () => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Fläche|Halle/));
const open = (user: ReturnType<typeof userEvent.setup>, section: string) =>
  user.click(screen.getByText(section, { selector: 'summary' }));

describe('filters', () => {
  it('a shared URL reproduces the exact ordered result list', async () => {
    renderApp('/?kind=plots&zoning=GI,GE&price_max=60&unknown=price&sort=price');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen'));
    expect(names()).toEqual(['Weißenfels Süd', 'Halle Ost']);
  });

  it('text search forgives umlauts and ß', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await user.type(screen.getByLabelText('Suche nach Name oder Ort'), 'weissenfels{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?q=weissenfels'));
    expect(names()).toEqual(['Weißenfels Süd']);
  });

  it('place + radius: type-ahead over the gazetteer, then a radius', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await open(user, 'Lage');
    const combo = screen.getByRole('combobox', { name: 'Umkreis um einen Ort' });
    await user.type(combo, 'Leipz');
    await user.click(await screen.findByRole('option', { name: /^Leipzig/ }));
    await waitFor(() => expect(history.location.search).toBe('?near=leipzig'));
    // Default radius 25 km around Leipzig: only the Leipzig plot (~6 km); Halle Ost is ~30 km away.
    await waitFor(() => expect(names()).toEqual(['Leipzig Nord']));
    const radius = screen.getByLabelText('Radius');
    await user.clear(radius);
    await user.type(radius, '35{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?near=leipzig&radius_km=35'));
    expect(names()).toEqual(['Halle Ost', 'Leipzig Nord', 'Weißenfels Süd', 'Halle Star Park']);
  });

  it('says postcodes cannot be searched', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await loaded();
    await user.type(screen.getByLabelText('Suche nach Name oder Ort'), '04109');
    expect(screen.getAllByText(/Postleitzahlen werden nicht unterstützt/)).toHaveLength(1);
  });

  it('plot filters restrict to plots and keep unknown prices only on request', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await open(user, 'Gewerbeflächen');
    await user.type(screen.getByLabelText('Kaufpreis bis'), '60{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?price_max=60'));
    expect(names()).toEqual(['Weißenfels Süd']);
    const priceGroup = screen.getByLabelText('Kaufpreis bis').closest('details')!;
    await user.click(
      within(priceGroup).getAllByRole('checkbox', { name: 'Standorte ohne Angabe einschließen' })[0]!,
    );
    await waitFor(() => expect(history.location.search).toBe('?price_max=60&unknown=price'));
    expect(names()).toEqual(['Halle Ost', 'Weißenfels Süd']);
  });

  it('hall filters restrict to halls', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await open(user, 'Hallen');
    await user.type(screen.getByLabelText('Lichte Höhe ab'), '10{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?height_min=10'));
    expect(names()).toEqual(['Halle Star Park']);
    await user.click(screen.getByRole('checkbox', { name: 'Kran' }));
    await waitFor(() => expect(history.location.search).toBe('?height_min=10&crane=1'));
    expect(screen.getByRole('status')).toHaveTextContent('0 Hallen');
  });

  it('location facets show counts under the other filters, zero dimmed but present', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=halls');
    await loaded();
    await open(user, 'Lage');
    const th = screen.getByRole('checkbox', { name: 'Thüringen' });
    expect(th).toHaveAccessibleDescription('0');
    expect(screen.getByRole('checkbox', { name: 'Sachsen' })).toHaveAccessibleDescription('1');
    expect(screen.getByRole('checkbox', { name: 'Sachsen-Anhalt' })).toHaveAccessibleDescription('1');
    expect(th.closest('.choice')).toHaveClass('choice--empty');
  });

  it('sorts by name and keeps the order in the URL', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await user.selectOptions(screen.getByLabelText('Sortierung'), 'name');
    await waitFor(() => expect(history.location.search).toBe('?sort=name'));
    expect(names()).toEqual([
      'Dresden Kranhalle',
      'Halle Ost',
      'Halle Star Park',
      'Leipzig Nord',
      'Weißenfels Süd',
    ]);
  });

  it('removes one filter with its chip and leaves the others', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=plots&zoning=GI');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen'));
    await user.click(screen.getByRole('button', { name: /^Baugebiet: GI entfernen/ }));
    await waitFor(() => expect(history.location.search).toBe('?kind=plots'));
    expect(screen.getByRole('status')).toHaveTextContent('3 Flächen');
  });

  it('the size histogram sets a size range', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    await user.click(screen.getByRole('button', { name: /^10\u00a0ha–20\u00a0ha: 1 Standorte/ }));
    await waitFor(() => expect(history.location.search).toBe('?area_min=100000&area_max=199999'));
    expect(names()).toEqual(['Halle Ost']);
  });
});

describe('region of a project', () => {
  const project = {
    type: 'Feature',
    id: 'proj-burgenland',
    geometry: null,
    properties: {
      kind: 'project',
      date: '2020-01-01',
      title: 'Testprojekt Burgenlandkreis',
      teaser: 'Ein Projekt im Burgenlandkreis.',
      body: 'Beschreibung.',
      topics: ['logistics'],
      locations: [{ type: 'district', district: '15084' }],
      links: [],
      source: 'Test',
    },
  };

  it('region=<project id> keeps the sites inside the project region', async () => {
    server.use(...createMockServer(createDataset({ projects: fc([project]) }, dataset)).listHandlers());
    renderApp('/?region=proj-burgenland');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche · 0 Hallen'));
    expect(names()).toEqual(['Weißenfels Süd']);
    // Its chip names the project, not its id.
    const chips = screen.getByRole('list', { name: 'Aktive Filter' });
    expect(within(chips).getByText(/Projektregion/).textContent).toMatch(
      /^Projektregion: Testprojekt Burgenlandkreis/,
    );
  });

  it("the region chip reads the project's English title in English", async () => {
    const english = {
      ...project,
      properties: { ...project.properties, title_en: 'Burgenland test project' },
    };
    server.use(...createMockServer(createDataset({ projects: fc([english]) }, dataset)).listHandlers());
    renderApp('/?region=proj-burgenland&lang=en');
    const chips = await screen.findByRole('list', { name: 'Active filters' }, { timeout: 5000 });
    await waitFor(() =>
      expect(within(chips).getByText(/Project region/).textContent).toMatch(
        /^Project region: Burgenland test project/,
      ),
    );
  });

  it('an unknown project id is reported and filters nothing', async () => {
    renderApp('/?region=gibt-es-nicht');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 Flächen · 2 Hallen'));
    expect(
      await screen.findByText(
        'Der Wert „gibt-es-nicht“ für „Projektregion“ (region) ist ungültig und wurde ignoriert.',
      ),
    ).toBeInTheDocument();
  });
});
