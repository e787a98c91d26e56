import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

/**
 * Cards and map popups show what was asked: each active criterion's value of the site and, with
 * `near=`, the straight-line distance from that place. Leipzig's gazetteer point: 12.371, 51.340.
 */
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const plots = [
  plotFeature({
    id: 'p-west',
    name: 'Fläche West',
    lon: 12.22,
    lat: 51.4,
    junction_autobahn: 'A9',
    junction_name: 'Leipzig-West',
    junction_km: 4.2,
    area_m2: 50_000,
  }),
  plotFeature({ id: 'p-mitte', name: 'Fläche Mitte', lon: 12.38, lat: 51.345, area_m2: 40_000 }),
  plotFeature({
    id: 'p-ohne',
    name: 'Fläche ohne Anschluss',
    lon: 12.37,
    lat: 51.28,
    junction_autobahn: null,
    junction_name: null,
    junction_km: null,
    rail_siding: false,
    area_m2: 30_000,
  }),
];
const halls = [hallFeature({ id: 'h-ost', name: 'Halle Ost', lon: 12.5, lat: 51.45, area_m2: 8_000 })];
serveDuringTests(createDataset({ plots: fc(plots), halls: fc(halls) }));
beforeEach(() => {
  fakeMaps.length = 0;
});

const LOAD = { timeout: 10_000 };
const card = async (name: string) => (await screen.findByRole('link', { name }, LOAD)).closest('article')!;
const factsOf = (el: HTMLElement, label = 'Gesuchte Merkmale') =>
  within(within(el).getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('facts of what was asked, on cards and in popups', () => {
  it("shows each active criterion's value beside size and price", async () => {
    renderApp('/?junction_km_max=20&rail=1');
    expect(factsOf(await card('Fläche West'))).toEqual(['A9 Leipzig-West 4,2\u00a0km', 'Gleisanschluss']);
    expect(factsOf(await card('Fläche Mitte'))).toEqual(['A14 Leipzig-Nord 3,1\u00a0km', 'Gleisanschluss']);
    expect(screen.queryByRole('link', { name: 'Fläche ohne Anschluss' })).toBeNull();
  });

  it('says "k. A." for a site kept without a value', async () => {
    renderApp('/?junction_km_max=20&unknown=junction&kind=plots');
    expect(factsOf(await card('Fläche ohne Anschluss'))).toEqual(['Anschlussstelle: k. A.']);
  });

  it('says "sofort verfügbar" for an availability date that has passed, as the site page does', async () => {
    // The fixture plots are available from 2026-01-01, before the test's today (2026-11-27).
    renderApp('/?avail=P12M&kind=plots');
    expect(factsOf(await card('Fläche West'))).toEqual(['sofort verfügbar']);
  });

  it('shows an availability date still to come as month and year', async () => {
    renderApp('/?avail=2027-12-31&kind=plots&lang=en', { today: '2025-11-27' });
    expect(factsOf(await card('Fläche West (German only)'), 'What you searched for')).toEqual([
      'available from Jan 2026',
    ]);
  });

  it('shows no list when nothing with a value of a site was asked for', async () => {
    renderApp('/?area_min=1000');
    await card('Fläche West');
    expect(screen.queryByRole('list', { name: 'Gesuchte Merkmale' })).toBeNull();
  });

  it('shows the straight-line distance from the near place, in ascending order by distance', async () => {
    renderApp('/?near=leipzig&sort=distance');
    await card('Halle Ost');
    // The place is resolved from the lazily loaded gazetteer, after the first cards.
    await screen.findAllByText(/km von Leipzig/, {}, { timeout: 10_000 });
    const cards = within(screen.getByRole('list', { name: 'Ergebnisse' })).getAllByRole('article');
    const distances = cards.map((c) => factsOf(c)[0]!);
    expect(cards.map((c) => within(c).getAllByRole('link')[0]!.textContent)).toEqual([
      'Fläche Mitte',
      'Fläche ohne Anschluss',
      'Fläche West',
      'Halle Ost',
    ]);
    for (const d of distances) expect(d).toMatch(/^\d+(,\d)?\u00a0km von Leipzig$/);
    const km = distances.map((d) => Number(d.split('\u00a0')[0]!.replace(',', '.')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(km[0]).toBeLessThan(2);
    expect(within(cards[0]!).getByText(/km von Leipzig/)).toHaveAttribute('title', 'Entfernung in Luftlinie');
  });

  it('names a point given as coordinates "the search point"', async () => {
    renderApp('/?near=12.371,51.340&kind=halls');
    expect(factsOf(await card('Halle Ost'))).toEqual([
      expect.stringMatching(/^\d+,\d\u00a0km vom Suchpunkt$/),
    ]);
  });

  it('speaks English in English mode', async () => {
    renderApp('/?near=leipzig&junction_km_max=20&rail=1&lang=en');
    // The fixture has no English names: the German one shows, marked.
    const west = await card('Fläche West (German only)');
    expect(factsOf(west, 'What you searched for')).toEqual([
      expect.stringMatching(/^\d+\.\d\u00a0km from Leipzig$/),
      'A9 Leipzig-West 4.2\u00a0km',
      'rail siding',
    ]);
    expect(within(west).getByText(/from Leipzig/)).toHaveAttribute('title', 'Straight-line distance');
  });

  it('shows the same facts in the map popup', async () => {
    renderApp('/?near=leipzig&junction_km_max=20&rail=1&sel=plots/p-west');
    const onCard = factsOf(await card('Fläche West'));
    movePointer();
    const popup = await waitFor(() => {
      expect(fakeMaps.at(-1)?.popups).toHaveLength(1);
      return fakeMaps.at(-1)!.popups[0]!.content;
    }, LOAD);
    expect(onCard).toHaveLength(3);
    expect(factsOf(popup)).toEqual(onCard);
  });
});
