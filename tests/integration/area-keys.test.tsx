import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());

const WAIT = { timeout: 5000 };
const chips = () => within(screen.getByRole('list', { name: 'Aktive Filter' }));

describe('district and municipality keys of a link', () => {
  it('leaves out a district key of no district in the region, says so, and keeps the others', async () => {
    renderApp('/?district=99999,14713');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 Fläche · 0 Hallen'), WAIT);
    expect(
      await screen.findByText(
        'Ignoriert in „Landkreis“ (district), weil nicht in Sachsen, Sachsen-Anhalt oder Thüringen: „99999“.',
      ),
    ).toBeInTheDocument();
  });

  it('searches everything, with a notice, when a link names only such keys', async () => {
    renderApp('/?municipality=99999999&lang=en');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 plots · 2 halls'), WAIT);
    expect(
      screen.getByText(
        'Ignored in “Municipality” (municipality), not in Saxony, Saxony-Anhalt or Thuringia: “99999999”.',
      ),
    ).toBeInTheDocument();
  });

  it('names a district of the region that has no sites, and finds none there without a notice', async () => {
    renderApp('/?district=14523,14729');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 Flächen · 0 Hallen'), WAIT);
    expect(await chips().findByText(/Vogtlandkreis, Landkreis Leipzig/)).toBeInTheDocument();
    expect(screen.queryByText(/Ignoriert in/)).not.toBeInTheDocument();
  });

  it('keeps a municipality no site names when its district is in the region', async () => {
    renderApp('/?municipality=14523100');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 Flächen · 0 Hallen'), WAIT);
    expect(screen.queryByText(/Ignoriert in/)).not.toBeInTheDocument();
  });
});
