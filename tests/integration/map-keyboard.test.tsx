import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetMapFocus } from '@/lib/map/keyboard/map-focus';
import { fakeCreateMapModule, fakeMaps, movePointer, type FakeMap } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  fakeMaps.length = 0;
  resetMapFocus();
});

type Collection = { features: unknown[] };
const pointsOf = (map: FakeMap) => (map.sources.get('site-points')?.data as Collection).features;
const card = (name: string) => screen.getByRole('link', { name }).closest('li')!;
const listNames = () =>
  within(screen.getByRole('list', { name: 'Ergebnisse' }))
    .getAllByRole('link')
    .map((a) => a.textContent);
const announcement = (map: FakeMap) => map.container.closest('section')!.querySelector('[aria-live]')!;

async function mapWithResults(count: number): Promise<FakeMap> {
  movePointer();
  await waitFor(() => expect(fakeMaps.at(-1) && pointsOf(fakeMaps.at(-1)!).length).toBe(count));
  return fakeMaps.at(-1)!;
}

const press = (map: FakeMap, key: string) => act(() => void fireEvent.keyDown(map.getCanvas(), { key }));

describe('the map by keyboard', () => {
  it('steps through the sites in view in list order, marking the card and announcing each', async () => {
    renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    const [first, second] = listNames();
    press(map, 'n');
    expect(announcement(map)).toHaveTextContent(
      `Standort 1 von 2 im Kartenausschnitt: ${first}, ${first === 'Halle Dresden' ? 'Dresden' : 'Halle (Saale)'}`,
    );
    expect(announcement(map)).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(card(first!)).toHaveClass('result-list__item--hover'));
    press(map, 'n');
    expect(announcement(map)).toHaveTextContent(`Standort 2 von 2 im Kartenausschnitt: ${second}`);
    await waitFor(() => expect(card(second!)).toHaveClass('result-list__item--hover'));
    expect(card(first!)).not.toHaveClass('result-list__item--hover');
    press(map, 'n');
    expect(announcement(map)).toHaveTextContent(`Standort 1 von 2 im Kartenausschnitt: ${first}`);
    press(map, 'p');
    expect(announcement(map)).toHaveTextContent(`Standort 2 von 2 im Kartenausschnitt: ${second}`);
    press(map, 'Escape');
    await waitFor(() => expect(card(second!)).not.toHaveClass('result-list__item--hover'));
  });

  it('announces in English on the English page', async () => {
    renderApp('/?kind=halls&sort=name', { language: 'en' });
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    press(map, 'p');
    expect(announcement(map)).toHaveTextContent(
      'Site 2 of 2 in the map view: Halle Star Park, Halle (Saale)',
    );
  });

  it('selects the marked site with Enter (sel= and popup, camera stays), and opens its page with Enter again', async () => {
    const { history } = renderApp('/?kind=halls&sort=name');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    expect(listNames()).toEqual(['Halle Dresden', 'Halle Star Park']);
    const cameraMoves = map.fitBounds.mock.calls.length;
    press(map, 'n');
    press(map, 'Enter');
    await waitFor(() => expect(history.location.search).toBe('?kind=halls&sort=name&sel=halls/ho-b'));
    await waitFor(() => expect(map.popups).toHaveLength(1));
    expect(within(map.popups[0]!.content).getByText('Halle Dresden')).toBeInTheDocument();
    expect(announcement(map)).toHaveTextContent('Ausgewählt: Halle Dresden. Enter öffnet die Seite');
    expect(map.fitBounds.mock.calls.length).toBe(cameraMoves);

    press(map, 'Enter');
    await waitFor(() => expect(history.location.pathname).toBe('/sites/halls/ho-b'));
    expect(history.location.search).toBe('?kind=halls&sort=name');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halle Dresden' })).toBeInTheDocument();
  });

  it('zooms into a cluster with Enter, to the box of its members', async () => {
    renderApp('/?kind=plots');
    await screen.findByText('Fläche Erfurter Kreuz');
    const map = await mapWithResults(2);
    // Zoomed out: Leipzig and Erfurt fall into one cluster.
    map.camera.zoom = 4;
    act(() => map.emit('moveend', {}));
    press(map, 'n');
    expect(announcement(map)).toHaveTextContent('Gruppe mit 2 Standorten, 1 von 1 im Kartenausschnitt');
    press(map, 'Enter');
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [
        [10.98, 50.86],
        [12.3, 51.35],
      ],
      expect.objectContaining({ maxZoom: 13 }),
      { origin: 'app' },
    );
  });

  it('leaves other keys to MapLibre and does nothing on Enter before a step', async () => {
    const { history } = renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    const map = await mapWithResults(2);
    const arrow = fireEvent.keyDown(map.getCanvas(), { key: 'ArrowLeft' });
    const enter = fireEvent.keyDown(map.getCanvas(), { key: 'Enter' });
    // fireEvent returns false when a handler called preventDefault.
    expect([arrow, enter]).toEqual([true, true]);
    expect(history.location.search).toBe('?kind=halls');
  });
});

describe('skip link to the map', () => {
  it('starts the map and moves the focus to its canvas; once it runs, straight there', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText('Halle Star Park');
    const skip = screen.getByRole('link', { name: 'Zur Karte springen' });
    // A click on the link, as assistive technology does it (no key press starts the map first);
    // on the way the focus may rest on "Karte laden" (map-focus.test.ts).
    act(() => void fireEvent.click(skip));
    await waitFor(() => expect(fakeMaps).toHaveLength(1));
    await waitFor(() => expect(fakeMaps[0]!.getCanvas()).toHaveFocus());

    // With the live map running, the link goes straight to its canvas.
    await user.click(screen.getByRole('link', { name: 'Zu den Ergebnissen springen' }));
    expect(fakeMaps[0]!.getCanvas()).not.toHaveFocus();
    await user.click(skip);
    expect(fakeMaps[0]!.getCanvas()).toHaveFocus();
  });

  it('hands the focus from "Karte laden" to the canvas once the live map is ready', async () => {
    renderApp('/');
    const start = await screen.findByRole('button', { name: 'Karte laden' });
    start.focus();
    act(() => void fireEvent.click(start));
    await waitFor(() => expect(fakeMaps).toHaveLength(1));
    await waitFor(() => expect(fakeMaps[0]!.getCanvas()).toHaveFocus());
  });

  it('is not offered when only the list is shown', async () => {
    renderApp('/?view=list');
    await screen.findByText('Halle Star Park');
    expect(screen.queryByRole('link', { name: 'Zur Karte springen' })).toBeNull();
  });
});
