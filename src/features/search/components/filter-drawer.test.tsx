import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import { FilterDrawer } from './filter-drawer';

/** jsdom has no layout: the media query answers what the test says. */
function screenWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: narrow,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** The drawer under a router (it holds the browser's Back while open). */
async function renderDrawer({ activeCount = 0, summary = '' } = {}) {
  const Drawer = () => (
    <FilterDrawer activeCount={activeCount} summary={summary} resultCount={1234}>
      <input aria-label="Fläche von" />
    </FilterDrawer>
  );
  const router = createRouter({
    routeTree: createRootRoute({ component: Drawer }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(
    <I18nextProvider i18n={createI18n('de')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  await screen.findByRole('button', { name: /^Filter( \(\d+ aktiv\))?$/ });
}

describe('FilterDrawer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the active filters under the button, as its description', async () => {
    screenWidth(true);
    await renderDrawer({ activeCount: 2, summary: 'Fläche ab: 10 ha · Gleisanschluss' });
    const toggle = screen.getByRole('button', { name: 'Filter (2 aktiv)' });
    expect(toggle).toHaveAccessibleDescription('Fläche ab: 10 ha · Gleisanschluss');
    expect(screen.getByText('Fläche ab: 10 ha · Gleisanschluss')).toBeVisible();
  });

  it('has no line under the button without filters', async () => {
    screenWidth(true);
    await renderDrawer();
    expect(screen.getByRole('button', { name: 'Filter' })).not.toHaveAccessibleDescription();
  });

  it('on a phone builds the filters when first opened, and keeps them (and what was typed) after closing', async () => {
    screenWidth(true);
    const user = userEvent.setup();
    await renderDrawer();
    expect(screen.queryByRole('textbox', { name: 'Fläche von', hidden: true })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Filter' });
    await user.click(toggle);
    await user.type(screen.getByRole('textbox', { name: 'Fläche von' }), '5000');
    await user.click(toggle);
    await user.click(toggle);
    expect(screen.getByRole('textbox', { name: 'Fläche von' })).toHaveValue('5000');
  });

  it('on a phone opens as a dialog that "1.234 Ergebnisse anzeigen" and Escape close, focus back on the toggle', async () => {
    screenWidth(true);
    const user = userEvent.setup();
    await renderDrawer();
    const toggle = screen.getByRole('button', { name: 'Filter' });
    await user.click(toggle);
    const dialog = screen.getByRole('dialog', { name: 'Filter' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.click(screen.getByRole('button', { name: '1.234 Ergebnisse anzeigen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('on a wider screen shows the filters at once, not as a dialog', async () => {
    screenWidth(false);
    await renderDrawer();
    expect(screen.getByRole('textbox', { name: 'Fläche von' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
