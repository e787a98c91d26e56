import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockServer } from '@mocks/node';
import { SCROLL_STORAGE_KEY } from '@/lib/scroll-restoration-storage';
import { renderApp } from './render-app';
import { fixtureDataset } from './site-fixtures';

/**
 * The test of one corrupted scroll entry. The router reads the entry once, when its module is
 * evaluated, so each value needs a test file of its own that stores it in `vi.hoisted`, before
 * any import.
 */
export function itRendersTheSearchPageDespite(stored: string) {
  const server = createMockServer(fixtureDataset());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it(`renders the search page and removes the scroll entry ${stored}`, async () => {
    expect(sessionStorage.getItem(SCROLL_STORAGE_KEY)).toBeNull();
    renderApp('/');
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Flächen · 2 Hallen'));
    // A navigation (the router stores the positions it leaves) works as well.
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 Hallen'));
    expect(screen.getByText('Halle Dresden')).toBeInTheDocument();
  });
}
