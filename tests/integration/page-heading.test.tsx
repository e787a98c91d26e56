import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());

describe('page heading: title and focus', () => {
  it('moves focus to the new page heading and names the page in the title', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const link = await screen.findByRole('link', { name: 'Fläche Leipzig Nord' }, { timeout: 5000 });
    expect(document.title).toBe('Ergebnisse – Standortfinder Mitteldeutschland');
    // The first load leaves focus alone.
    expect(document.activeElement).toBe(document.body);
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Fläche Leipzig Nord' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Fläche Leipzig Nord – Standortfinder Mitteldeutschland');
  });

  it('a filter change (same page) keeps focus where it is', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('link', { name: 'Fläche Leipzig Nord' }, { timeout: 5000 });
    const halls = screen.getByRole('radio', { name: 'Hallen' });
    await user.click(halls);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Fläche Leipzig Nord' })).toBeNull());
    expect(halls).toHaveFocus();
  });
});
