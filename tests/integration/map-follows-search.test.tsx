import { screen, waitFor } from '@testing-library/react';
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

/** Fixture halls: Halle Star Park (12.08, 51.5) and Halle Dresden (13.74, 51.05). */
const HALL_BOX = [
  [12.08, 51.05],
  [13.74, 51.5],
];

async function liveMap(): Promise<FakeMap> {
  await screen.findByText('Halle Star Park');
  movePointer();
  await waitFor(() => expect(fakeMaps.at(-1)?.sources.get('site-points')).toBeDefined());
  return fakeMaps.at(-1)!;
}
const lastFit = (map: FakeMap) => map.fitBounds.mock.lastCall?.[0];

describe('the map follows the search', () => {
  it('fits the new results after a filter change, leaving room for the tool bar', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const map = await liveMap();
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(lastFit(map)).toEqual(HALL_BOX));
    const [, options, data] = map.fitBounds.mock.lastCall!;
    expect(options).toEqual(expect.objectContaining({ maxZoom: 13 }));
    expect(options.padding).toEqual(
      expect.objectContaining({ top: expect.any(Number), bottom: expect.any(Number) }),
    );
    // The move says it came from the app: the URL follows it, it never counts as the person's.
    expect(data).toEqual({ origin: 'app' });
  });

  it('stays where the person moved it, until "Auf Ergebnisse zoomen"', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const map = await liveMap();
    map.emit('movestart', { originalEvent: new MouseEvent('mousedown') });
    const fitsBefore = map.fitBounds.mock.calls.length;
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2 Hallen/));
    expect(map.fitBounds.mock.calls.length).toBe(fitsBefore);

    await user.click(screen.getByRole('button', { name: 'Auf Ergebnisse zoomen' }));
    expect(lastFit(map)).toEqual(HALL_BOX);
    await user.click(screen.getByRole('radio', { name: 'Alle' }));
    await waitFor(() => expect(map.fitBounds.mock.calls.length).toBe(fitsBefore + 2));
  });

  it('keeps the viewport of a link (#map=)', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#map=11.00/51.34000/12.37000');
    renderApp('/#map=11.00/51.34000/12.37000');
    const map = await liveMap();
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2 Hallen/));
    expect(map.fitBounds).not.toHaveBeenCalled();
  });

  it('does not move while "Beim Verschieben der Karte suchen" is on, nor when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const map = await liveMap();
    const fitsBefore = map.fitBounds.mock.calls.length;
    await user.click(screen.getByRole('checkbox', { name: 'Beim Verschieben der Karte suchen' }));
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2 Hallen/));
    expect(map.fitBounds.mock.calls.length).toBe(fitsBefore);
    await user.click(screen.getByRole('checkbox', { name: 'Beim Verschieben der Karte suchen' }));

    await user.type(screen.getByLabelText('Suche nach Name oder Ort'), 'gibt es nicht{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/\b0 Hallen/));
    expect(map.fitBounds.mock.calls.length).toBe(fitsBefore);
  });

  it('draws the radius search: a circle of radius_km around the labelled origin', async () => {
    renderApp('/?near=leipzig&radius_km=40');
    const map = await liveMap();
    type Radius = {
      features: { properties: { kind: string; label: string }; geometry: { coordinates: unknown } }[];
    };
    const radius = () => map.sources.get('search-radius')?.data as Radius | undefined;
    await waitFor(() =>
      expect(radius()?.features.map((f) => f.properties.kind)).toEqual(['circle', 'origin']),
    );
    expect(radius()!.features[1]!.properties.label).toBe('Leipzig');
    const ring = (radius()!.features[0]!.geometry.coordinates as number[][][])[0]!;
    const width = Math.max(...ring.map((p) => p[0]!)) - Math.min(...ring.map((p) => p[0]!));
    // 80 km across at 51.3° N is about 1.15° of longitude.
    expect(width).toBeCloseTo(1.15, 1);
  });
});
