import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { fakeCreateMapModule } from '../support/fake-map';
import { resultNames, serveDuringTests, waitForCount } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

/**
 * "Knapp verfehlt" and "Wunsch" as a person meets them: the near misses say what they lack and
 * loosen exactly that criterion; a criterion switched to a wish excludes nothing and ranks.
 */
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const plots = [
  plotFeature({
    id: 'p-big',
    name: 'Großfläche Nord',
    area_m2: 120_000,
    zoning: 'GI',
    junction_km: 4,
    price_eur_m2: 45,
  }),
  plotFeature({
    id: 'p-almost',
    name: 'Fast groß genug',
    area_m2: 92_000,
    zoning: 'GI',
    junction_km: 6,
    price_eur_m2: 28,
  }),
  plotFeature({
    id: 'p-ge',
    name: 'Gewerbe statt Industrie',
    area_m2: 150_000,
    zoning: 'GE',
    junction_km: 2,
    price_eur_m2: 30,
  }),
  plotFeature({
    id: 'p-far',
    name: 'Zu klein und GE',
    area_m2: 20_000,
    zoning: 'GE',
    junction_km: 30,
    price_eur_m2: 20,
  }),
];
const halls = [hallFeature({ id: 'h1', name: 'Halle Mitte', area_m2: 8_000 })];
serveDuringTests(createDataset({ plots: fc(plots), halls: fc(halls) }));

describe('almost matching (Knapp verfehlt)', () => {
  it('lists the sites missing one criterion, says by how much, and loosens exactly it', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?area_min=100000&zoning=GI');
    await waitForCount('1 Fläche');
    const toggle = screen.getByRole('button', { name: 'Knapp verfehlt (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const panel = screen.getByRole('region', { name: 'Knapp verfehlt' });
    const items = within(panel).getAllByRole('listitem');
    // Closest first: 92,000 m² of 100,000 misses by 8 %; GE instead of GI counts as 1.
    expect(items[0]).toHaveTextContent('Fast groß genug');
    expect(items[0]).toHaveTextContent('Fläche 9,2 ha statt mindestens 10 ha');
    expect(items[1]).toHaveTextContent('Gewerbe statt Industrie');
    expect(items[1]).toHaveTextContent('Baugebiet GE statt GI');
    expect(within(panel).queryByText('Zu klein und GE')).toBeNull();
    expect(within(panel).queryByText('Großfläche Nord')).toBeNull();
    await user.click(
      within(items[0]!).getByRole('button', {
        name: 'Kriterium lockern: Fläche, damit Fast groß genug passt',
      }),
    );
    await waitFor(() => expect(history.location.search).toBe('?area_min=92000&zoning=GI'));
    await waitForCount('2 Flächen');
    expect(resultNames()).toEqual(['Großfläche Nord', 'Fast groß genug']);
  });

  it('speaks English in English mode', async () => {
    const user = userEvent.setup();
    renderApp('/?area_min=100000&zoning=GI&lang=en');
    await user.click(await screen.findByRole('button', { name: 'Almost matching (2)' }, { timeout: 10_000 }));
    const panel = screen.getByRole('region', { name: 'Almost matching' });
    expect(panel).toHaveTextContent('Area 9.2 ha instead of at least 10 ha');
    expect(panel).toHaveTextContent('Zoning GE instead of GI');
    expect(within(panel).getAllByRole('button', { name: /^Loosen criterion: / })).toHaveLength(2);
  });

  it('is not offered without an active criterion', async () => {
    renderApp('/');
    await waitForCount('4 Flächen');
    expect(screen.queryByRole('button', { name: /Knapp verfehlt/ })).toBeNull();
  });
});

describe('wishes instead of musts', () => {
  it('switches a criterion to a wish: nothing is excluded, the best fit comes first, the card says so', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=plots&price_max=30');
    await waitForCount('3 Flächen');
    await user.click(screen.getByText('Gewerbeflächen', { selector: 'summary' }));
    const group = await screen.findByRole('radiogroup', { name: 'Kaufpreis: Muss oder Wunsch' });
    expect(within(group).getByRole('radio', { name: 'Muss' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Wunsch' }));
    await waitFor(() => expect(history.location.search).toBe('?kind=plots&price_max=30&want=price'));
    await waitForCount('4 Flächen');
    // Meeting the wish first (largest first among them), then the closest miss (45 vs 30 €/m²).
    expect(resultNames()).toEqual([
      'Gewerbe statt Industrie',
      'Fast groß genug',
      'Zu klein und GE',
      'Großfläche Nord',
    ]);
    expect(
      screen.getByRole('button', { name: /^Preis bis: 30\u00a0€\/m² \(Wunsch\) entfernen$/ }),
    ).toBeVisible();
    const card = (name: string) => screen.getByRole('heading', { name }).closest('article')!;
    expect(card('Fast groß genug')).toHaveTextContent('1 von 1 Wünschen erfüllt');
    expect(card('Großfläche Nord')).toHaveTextContent('0 von 1 Wünschen erfüllt · nicht erfüllt: Kaufpreis');
    expect(screen.getByLabelText('Sortierung')).toHaveValue('fit');
  });

  it('opens the same ranked view from a link, and a chosen order is kept in the link', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?kind=plots&price_max=30&want=price');
    await waitForCount('4 Flächen');
    await user.selectOptions(screen.getByLabelText('Sortierung'), '-area');
    await waitFor(() =>
      expect(history.location.search).toBe('?kind=plots&price_max=30&want=price&sort=-area'),
    );
  });

  it('names a wish that has nothing to rank by and ignores it', async () => {
    renderApp('/?want=junction');
    expect(
      await screen.findByText(
        /Als Wunsch ignoriert, weil dafür kein Wert gesetzt ist: „Autobahn-Anschlussstelle“/,
      ),
    ).toBeVisible();
  });
});
