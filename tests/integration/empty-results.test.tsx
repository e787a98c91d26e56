import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());

describe('empty results', () => {
  it('suggests a wider radius with the count it would give, and applies it', async () => {
    const user = userEvent.setup();
    // "Fläche Leipzig Nord" lies about 14 km east of this point.
    const { history } = renderApp('/?kind=plots&near=12.1,51.35&radius_km=10');
    expect(
      await screen.findByText('Keine Standorte passen zu diesen Filtern.', undefined, { timeout: 5000 }),
    ).toBeVisible();
    const widen = screen.getByRole('button', { name: 'Radius auf 25 km erweitern (1)' });
    expect(screen.getByRole('button', { name: '„Umkreis um“ entfernen (2)' })).toBeVisible();
    await user.click(widen);
    expect(await screen.findByRole('link', { name: 'Fläche Leipzig Nord' })).toBeVisible();
    // 25 km is the default radius, which the URL leaves out.
    expect(history.location.search).toBe('?kind=plots&near=12.10000,51.35000');
  });

  it('offers nothing it cannot back with results, and says how to start over', async () => {
    renderApp('/?kind=plots&area_min=900000000&state=SN');
    expect(await screen.findByText('Keine Standorte passen zu diesen Filtern.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Mindestfläche/ })).toBeNull();
    expect(screen.getByRole('button', { name: '„Fläche ab“ entfernen (1)' })).toBeVisible();
  });
});
