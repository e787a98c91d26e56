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

const renderDrawer = () =>
  render(
    <I18nextProvider i18n={createI18n('de')}>
      <FilterDrawer activeCount={0}>
        <input aria-label="Fläche von" />
      </FilterDrawer>
    </I18nextProvider>,
  );

describe('FilterDrawer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on a phone builds the filters when first opened, and keeps them (and what was typed) after closing', async () => {
    screenWidth(true);
    const user = userEvent.setup();
    renderDrawer();
    expect(screen.queryByRole('textbox', { name: 'Fläche von', hidden: true })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Filter' });
    await user.click(toggle);
    await user.type(screen.getByRole('textbox', { name: 'Fläche von' }), '5000');
    await user.click(toggle);
    await user.click(toggle);
    expect(screen.getByRole('textbox', { name: 'Fläche von' })).toHaveValue('5000');
  });

  it('on a wider screen shows the filters at once', () => {
    screenWidth(false);
    renderDrawer();
    expect(screen.getByRole('textbox', { name: 'Fläche von' })).toBeInTheDocument();
  });
});
