import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule, fakeMaps, movePointer, type FakeMap } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  fakeMaps.length = 0;
});

type Collection = { features: { properties: Record<string, unknown> }[] };
const pointsOf = (map: FakeMap) => (map.sources.get('site-points')?.data as Collection).features;
const card = (name: string) => screen.getByRole('link', { name }).closest('li')!;

async function mapWithResults(count: number): Promise<FakeMap> {
  movePointer();
  await waitFor(() => expect(fakeMaps.at(-1) && pointsOf(fakeMaps.at(-1)!).length).toBe(count));
  return fakeMaps.at(-1)!;
}

describe('list and map in step', () => {
  it('hands the map only what it draws: clusters with counts at low zoom, sites alone apart', async () => {
    renderApp('/');
    await screen.findByText('Halle Star Park');
    // Fixture: a plot and a hall near Leipzig, a plot near Erfurt, a hall near Dresden; zoom 7.
    const map = await mapWithResults(4);
    expect(pointsOf(map).map((f) => f.properties.cluster)).toEqual([false, false, false, false]);
    expect(map.container.dataset.sitesInView).toBe('4');
  });

  it('highlights the site of a hovered or focused card on the map, and the card of a hovered site', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    await user.hover(screen.getByRole('link', { name: 'Halle Dresden' }));
    await waitFor(() => expect(map.featureState.get('site-points/halls/ho-b')).toEqual({ hover: true }));
    await user.unhover(screen.getByRole('link', { name: 'Halle Dresden' }));
    await waitFor(() => expect(map.featureState.has('site-points/halls/ho-b')).toBe(false));

    act(() => map.fire('mousemove', 'hall-points', { features: [{ properties: { key: 'halls/ho-a' } }] }));
    await waitFor(() => expect(card('Halle Star Park')).toHaveClass('result-list__item--hover'));
    expect(card('Halle Dresden')).not.toHaveClass('result-list__item--hover');
    act(() => map.fire('mouseleave', 'hall-points', {}));
    await waitFor(() => expect(card('Halle Star Park')).not.toHaveClass('result-list__item--hover'));
  });

  it('selects a site clicked on the map: URL, marked card, popup with facts and the detail link', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    act(() => map.fire('click', 'hall-points', { features: [{ properties: { key: 'halls/ho-b' } }] }));
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&sel=halls/ho-b'));
    expect(card('Halle Dresden')).toHaveAttribute('aria-current', 'true');
    expect(map.featureState.get('site-points/halls/ho-b')).toEqual({ selected: true });

    const popup = await waitFor(() => {
      expect(map.popups).toHaveLength(1);
      return map.popups[0]!.content;
    });
    expect(within(popup).getByText('Halle Dresden')).toBeInTheDocument();
    await user.click(
      within(popup).getByRole('button', { name: /^Merken: „Halle Dresden“ auf die Merkliste setzen/ }),
    );
    expect(await screen.findByRole('link', { name: /Merkliste, 1 Standort/ })).toBeInTheDocument();
    await user.click(within(popup).getByRole('link', { name: 'Details ansehen' }));
    await waitFor(() => expect(history.location.pathname).toBe('/sites/halls/ho-b'));
    expect(history.location.search).toBe('?kind=halls');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halle Dresden' })).toBeInTheDocument();
    // On the detail page the panel shows the site: no popup.
    expect(map.popups).toHaveLength(0);
  });

  it("the popup states the area in its card's unit: a small hall among plots in ha", async () => {
    renderApp('/');
    await screen.findByText('Halle Dresden');
    const map = await mapWithResults(4);
    act(() => map.fire('click', 'hall-points', { features: [{ properties: { key: 'halls/ho-b' } }] }));
    const popup = await waitFor(() => {
      expect(map.popups).toHaveLength(1);
      return map.popups[0]!.content;
    });
    const cardFacts = card('Halle Dresden').querySelector('.site-card__facts')!.textContent;
    expect(cardFacts).toMatch(/^0,4\u00a0ha Hallenfläche/);
    expect(popup.querySelector('.map-popup__facts')!.textContent).toMatch(/^0,4\u00a0ha Hallenfläche · /);
  });

  it('restores a selection from a shared link and clears it when the popup is closed', async () => {
    const { history } = renderApp('/?sel=plots/gf-a');
    await screen.findByRole('link', { name: 'Fläche Leipzig Nord' });
    const map = await mapWithResults(4);
    await waitFor(() => expect(map.popups).toHaveLength(1));
    expect(within(map.popups[0]!.content).getByText('Fläche Leipzig Nord')).toBeInTheDocument();
    act(() => map.popups[0]!.close());
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('reports a broken selection or view and keeps the default', async () => {
    renderApp('/?sel=nonsense&view=globe');
    await screen.findByText('Fläche Leipzig Nord');
    expect(screen.getByText(/sel/)).toBeInTheDocument();
    expect(screen.getByText(/globe/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Liste und Karte' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('names a shared selection whose site is not in the data, and keeps the results', async () => {
    renderApp('/?sel=plots/gf-gone');
    await screen.findByText('Fläche Leipzig Nord');
    expect(
      await screen.findByText(
        'Den Standort „plots/gf-gone“ aus „sel“ gibt es in den Daten nicht (mehr); die Auswahl wurde ignoriert.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of a selection whose site is there', async () => {
    renderApp('/?sel=plots/gf-a');
    await waitFor(() => expect(card('Fläche Leipzig Nord')).toHaveAttribute('aria-current', 'true'));
    expect(screen.queryByText(/gibt es in den Daten nicht/)).not.toBeInTheDocument();
  });

  it('zooms into a clicked cluster, to the box of its members', async () => {
    renderApp('/');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(4);
    act(() =>
      map.fire('click', 'plot-clusters', {
        features: [{ properties: { cluster: true, west: 12.3, south: 51.3, east: 12.5, north: 51.4 } }],
      }),
    );
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [
        [12.3, 51.3],
        [12.5, 51.4],
      ],
      expect.objectContaining({ maxZoom: 13 }),
      { origin: 'app' },
    );
  });
});

describe('layout and layers', () => {
  it('switches between list, map and both, in the URL', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=plots');
    await screen.findByText('Fläche Leipzig Nord');
    await user.click(screen.getByRole('button', { name: 'Karte' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=plots&view=map'));
    expect(screen.getByRole('list', { name: 'Ergebnisse', hidden: true })).not.toBeVisible();
    // A filter change keeps the layout.
    await user.click(screen.getByRole('button', { name: 'Liste' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=plots&view=list'));
    expect(screen.getByRole('list', { name: 'Ergebnisse' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&view=list'));
  });

  it('keeps a hidden map still while the list filters, and fits what it found when the map shows again', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(4);
    await user.click(screen.getByRole('button', { name: 'Liste' }));
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await screen.findByText('2 Hallen');
    // Out of sight (no size to fit in): no clusters recomputed, no camera moved.
    await new Promise((r) => setTimeout(r, 100));
    expect(pointsOf(map)).toHaveLength(4);
    expect(map.fitBounds).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Liste und Karte' }));
    // Shown again: the map takes its size, then draws and fits the two halls (Halle, Dresden).
    await waitFor(() => expect(pointsOf(map)).toHaveLength(2));
    await waitFor(() => expect(map.fitBounds).toHaveBeenCalledTimes(1));
    expect(map.resize).toHaveBeenCalledTimes(1);
    expect(map.resize.mock.invocationCallOrder[0]).toBeLessThan(map.fitBounds.mock.invocationCallOrder[0]!);
    expect(map.fitBounds.mock.lastCall![0]).toEqual([
      [12.08, 51.05],
      [13.74, 51.5],
    ]);
  });

  it('shows airports and junctions from the layer panel, and hides a site kind', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(4);
    await user.click(screen.getByText('Ebenen und Hintergrund'));
    await user.click(screen.getByRole('checkbox', { name: 'Flughäfen' }));
    await waitFor(() =>
      expect((map.sources.get('overlay-airports')?.data as Collection).features.length).toBeGreaterThan(0),
    );
    expect(map.layout.get('overlay-airports-points/visibility')).toBe('visible');
    expect(map.layout.get('overlay-junctions-points/visibility')).toBe('none');
    await user.click(screen.getByRole('checkbox', { name: 'Hallen' }));
    await waitFor(() => expect(pointsOf(map)).toHaveLength(2));
    expect(pointsOf(map).every((f) => f.properties.kind === 'plot')).toBe(true);
    // The offline basemap is the default; aerial imagery needs a configured WMS.
    expect(screen.getByRole('radio', { name: /Offline-Karte/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Luftbild/ })).toBeDisabled();
  });

  it('searches as the map moves: the visible box goes into the URL and follows the camera', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(4);
    map.camera.bounds = [12.0, 51.2, 12.5, 51.55];
    await user.click(screen.getByRole('checkbox', { name: 'Beim Verschieben der Karte suchen' }));
    await waitFor(() => expect(history.location.search).toBe('?bbox=12.00000,51.20000,12.50000,51.55000'));
    // The plot and the hall near Leipzig are in the box; Erfurt and Dresden are not.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche · 1 Halle'));
    map.camera.bounds = [10.5, 50.5, 11.5, 51.2];
    // The user pans: MapLibre fires moveend to every listener.
    const moveEnd = map.on.mock.calls
      .filter((c) => c[0] === 'moveend')
      .map((c) => c[1] as (e: object) => void);
    act(() => moveEnd.forEach((fn) => fn({ originalEvent: {} })));
    await waitFor(() => expect(history.location.search).toBe('?bbox=10.50000,50.50000,11.50000,51.20000'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche'));
    await user.click(screen.getByRole('checkbox', { name: 'Beim Verschieben der Karte suchen' }));
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('removes a drawn search area, and shows it on the map while it is set', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?poly=12.0,51.2;12.5,51.2;12.5,51.55;12.0,51.55');
    await screen.findByRole('link', { name: 'Halle Star Park' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche · 1 Halle'));
    const map = await mapWithResults(2);
    await waitFor(() =>
      expect((map.sources.get('search-area')?.data as Collection).features).toHaveLength(1),
    );
    await user.click(screen.getByRole('button', { name: 'Suchgebiet entfernen' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    expect((map.sources.get('search-area')?.data as Collection).features).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen');
  });
});
