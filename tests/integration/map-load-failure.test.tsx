import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

// The map's chunk cannot be fetched (offline at the first interaction, or a replaced deploy).
vi.mock('@/features/map/components/site-map', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

serveDuringTests(fixtureDataset());

describe('the live map cannot be loaded', () => {
  it('says so with a retry, keeps the preview, and the list keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/');
    await screen.findByText('Halle Star Park');
    movePointer();
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Karte konnte nicht geladen werden');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    expect(screen.getByRole('img', { name: /Kartenvorschau/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Alle' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen');
  });
});
