import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetShortlistForTests, shortlistStore } from '@/features/shortlist/shortlist-store';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  localStorage.clear();
  resetShortlistForTests();
});

describe('shortlist toggle on result cards', () => {
  it('adds and removes a site from its card, and the header badge counts it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const add = await screen.findByRole('button', {
      name: 'Merken: „Halle Dresden“ auf die Merkliste setzen',
    });
    expect(within(add.closest('article')!).getByRole('link')).toHaveTextContent('Halle Dresden');
    await user.click(add);
    const badge = screen.getByRole('link', { name: /^Merkliste, / });
    expect(badge).toHaveTextContent('Merkliste (1)');
    const remove = screen.getByRole('button', {
      name: 'Gemerkt: „Halle Dresden“ von der Merkliste entfernen',
    });
    expect(remove).toHaveAttribute('aria-pressed', 'true');
    await user.click(remove);
    expect(badge).toHaveTextContent('Merkliste (0)');
    expect(shortlistStore.getState().keys).toEqual([]);
  });
});
