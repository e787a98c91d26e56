import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFailureHandler } from '@mocks/msw-handlers';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests, waitForCount } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset, plotFeature } from '../support/site-fixtures';
import { http, HttpResponse } from 'msw';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const server = serveDuringTests(fixtureDataset());

const resultNames = () =>
  within(screen.getByRole('list', { name: 'Ergebnisse' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('search page', () => {
  it('lists plots and halls from the endpoints, largest first, without withdrawn sites', async () => {
    renderApp('/');
    expect(await screen.findByRole('status')).toHaveTextContent('Standorte werden geladen');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen'));
    expect(resultNames()).toEqual([
      'Fläche Erfurter Kreuz',
      'Fläche Leipzig Nord',
      'Halle Star Park',
      'Halle Dresden',
    ]);
    expect(screen.queryByText('Zurückgezogene Fläche')).not.toBeInTheDocument();
  });

  it('applies the filters from the URL', async () => {
    renderApp('/?kind=plots&area_min=20000&area_max=500000&state=SN,ST');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche'));
    expect(screen.getByRole('status')).not.toHaveTextContent('Halle');
    expect(resultNames()).toEqual(['Fläche Leipzig Nord']);
  });

  it('writes a filter change to the URL and updates the list', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await screen.findByText('Fläche Leipzig Nord');
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=halls'));
    expect(screen.getByRole('status')).toHaveTextContent('2 Hallen');
    await user.type(screen.getByLabelText('Fläche von (m²)'), '5000{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&area_min=5000'));
    expect(resultNames()).toEqual(['Halle Star Park']);
    await user.click(screen.getByText('Lage'));
    await user.click(screen.getByRole('checkbox', { name: 'Thüringen' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&area_min=5000&state=TH'));
    expect(screen.getByRole('status')).toHaveTextContent('0 Hallen');
    expect(screen.getByText('Keine Standorte passen zu diesen Filtern.')).toBeInTheDocument();
  });

  it('restores the filters on back and forward', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await screen.findByText('Fläche Leipzig Nord');
    await user.click(screen.getByRole('radio', { name: 'Flächen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen'));
    history.back();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen'));
    expect(
      within(screen.getByRole('group', { name: 'Art' })).getByRole('radio', { name: /^Alle/ }),
    ).toBeChecked();
    history.forward();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Flächen' })).toBeChecked());
  });

  it('ignores broken parameters, says so, and still renders', async () => {
    renderApp('/?area_min=abc&kind=zzz&state=XX&foo=1');
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen');
    expect(
      screen.getByText('Der Wert „abc“ für „Fläche ab“ (area_min) ist ungültig und wurde ignoriert.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Der Parameter „foo“ ist unbekannt und wurde ignoriert.')).toBeInTheDocument();
  });

  it('names a broken parameter by its filter in English too', async () => {
    renderApp('/?area_min=abc&lang=en');
    expect(
      await screen.findByText('The value “abc” for “Area from” (area_min) is invalid and was ignored.'),
    ).toBeInTheDocument();
  });

  it('keeps the valid part of a list and names exactly what was dropped', async () => {
    const { history } = renderApp('/?zoning=GI,XX&state=SN,XX&unknown=price,foo&plan=binding,zzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche'));
    expect(resultNames()).toEqual(['Fläche Leipzig Nord']);
    for (const [param, dropped] of [
      ['„Bundesland“ (state)', 'XX'],
      ['„Baugebiet“ (zoning)', 'XX'],
      ['„Planungsstand“ (plan)', 'zzz'],
      ['„Ohne Angabe“ (unknown)', 'foo'],
    ])
      expect(
        screen.getByText(`Ungültig und ignoriert in ${param}: „${dropped}“; die übrigen Werte gelten.`),
      ).toBeInTheDocument();
    // The link keeps what it said until the next change, so the notice keeps its cause.
    expect(history.location.search).toBe('?zoning=GI,XX&state=SN,XX&unknown=price,foo&plan=binding,zzz');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Flächen' }));
    await waitFor(() =>
      expect(history.location.search).toBe('?kind=plots&state=SN&zoning=GI&plan=binding&unknown=price'),
    );
    expect(screen.queryByText(/Ungültig und ignoriert/)).not.toBeInTheDocument();
  });

  it('merges a repeated list, takes the last of a repeated value and names the others', async () => {
    renderApp('/?zoning=GI&zoning=GE&sort=area&sort=name&area_min=10&area_min=20');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen'));
    expect(resultNames()).toEqual(['Fläche Erfurter Kreuz', 'Fläche Leipzig Nord']);
    const notices = screen.getAllByRole('listitem').filter((li) => li.closest('.notice'));
    expect(notices.map((li) => li.textContent).sort()).toEqual([
      '„Fläche ab“ (area_min) steht mehrmals in der Adresse; nur der letzte Wert zählt, ignoriert: „10“.',
      '„Sortierung“ (sort) steht mehrmals in der Adresse; nur der letzte Wert zählt, ignoriert: „area“.',
    ]);
    // 20 m², shown in the view's unit (ha: the list holds plots).
    expect(screen.getByLabelText('Fläche von (ha)')).toHaveDisplayValue('0,002');
  });

  it('shows which endpoint failed, and loads again on retry', async () => {
    server.use(createFailureHandler({ collection: 'halls', status: 503, once: true }));
    const user = userEvent.setup();
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Hallen konnten nicht geladen werden.');
    expect(alert).toHaveTextContent('HTTP 503');
    // The plots still load and show.
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    // The notice goes as the second attempt starts; the halls are counted once they arrive.
    await waitForCount('2 Flächen · 2 Hallen');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('counts and names records that fail validation, and lists the rest', async () => {
    const broken = {
      ...plotFeature({ id: 'gf-broken' }),
      properties: { ...plotFeature().properties, zoning: 'XX' },
    };
    const noArea = plotFeature({ id: 'gf-noarea', area_m2: 'viel' as unknown as number });
    server.use(
      http.get('*/api/collections/plots/items', () =>
        HttpResponse.json({
          type: 'FeatureCollection',
          features: [plotFeature({ id: 'gf-ok' }), broken, noArea],
          links: [],
        }),
      ),
    );
    renderApp('/?kind=plots');
    expect(
      await screen.findByText('2 Datensätze wurden übersprungen, weil sie ungültig sind.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/plots\/gf-broken: zoning/)).toBeInTheDocument();
    expect(screen.getByText(/plots\/gf-noarea: area_m2/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 Fläche');
  });

  it('puts the results on the map and selects a site clicked there', async () => {
    fakeMaps.length = 0;
    const { history } = renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    movePointer();
    await waitFor(() =>
      expect(fakeMaps.at(-1)?.sources.get('site-points')?.data).toMatchObject({ features: { length: 2 } }),
    );
    fakeMaps.at(-1)!.fire('click', 'hall-points', { features: [{ properties: { key: 'halls/ho-b' } }] });
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&sel=halls/ho-b'));
    expect(history.location.pathname).toBe('/');
  });
});

describe('loading from the API', () => {
  it('reads the landing page and the collections once for both collections', async () => {
    const seen: string[] = [];
    const record = ({ request }: { request: Request }) => void seen.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    renderApp('/');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen'));
    server.events.removeListener('request:start', record);
    expect(seen.filter((p) => p === '/api')).toHaveLength(1);
    expect(seen.filter((p) => p === '/api/collections')).toHaveLength(1);
  });
});
