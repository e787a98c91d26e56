import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  fakeMaps.length = 0;
});

/** The live map starts on demand; until then a static preview shows the same results. */
describe('map preview until the first interaction', () => {
  it('shows the results as a preview, without starting the live map, until the pointer moves', async () => {
    renderApp('/?kind=halls');
    await screen.findByText('Halle Star Park');
    const preview = await screen.findByRole('img', { name: /Kartenvorschau: 2 Standorte/ });
    // One circle per drawn site or cluster (the two fixture halls are far apart: two).
    expect(preview.querySelectorAll('circle')).toHaveLength(2);
    expect(fakeMaps).toHaveLength(0);

    movePointer();
    await waitFor(() => expect(fakeMaps).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('img', { name: /Kartenvorschau/ })).toBeNull());
  });

  it('shows every result for a link without filters', async () => {
    renderApp('/');
    await screen.findByText('Halle Star Park');
    expect(await screen.findByRole('img', { name: /Kartenvorschau: 4 Standorte/ })).toBeInTheDocument();
  });

  it('starts the live map from "Karte laden" (keyboard)', async () => {
    renderApp('/');
    await screen.findByText('Halle Star Park');
    const region = screen.getByRole('region', { name: 'Karte' });
    const start = within(region).getByRole('button', { name: 'Karte laden' });
    start.focus();
    // A key press anywhere starts it too; the button is the visible way and works on its own.
    start.click();
    await waitFor(() => expect(fakeMaps).toHaveLength(1));
  });

  it('starts on the first key press, as for a keyboard user tabbing into the page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText('Halle Star Park');
    expect(fakeMaps).toHaveLength(0);
    await user.keyboard('{Tab}');
    await waitFor(() => expect(fakeMaps).toHaveLength(1));
  });
});
