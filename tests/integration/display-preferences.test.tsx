import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAreaUnit } from '@/lib/i18n/area-unit';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/language-preference';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());
beforeEach(() => {
  localStorage.clear();
  resetAreaUnit();
});

const row = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('language and area unit', () => {
  it('lang=en in the URL shows English, sets <html lang> and is remembered', async () => {
    renderApp('/sites/plots/gf-b?lang=en');
    // The fixture has no English name: the German one shows, marked.
    const name = 'Fläche Erfurter Kreuz (German only)';
    expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();
    await waitFor(() => expect(row('Available area')).toBe('12\u00a0ha'));
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.title).toBe(`${name} – Site Finder Central Germany`);
  });

  it('the switch changes the language of the page and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/sites/plots/gf-b');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Erfurter Kreuz' });
    expect(row('Verfügbare Fläche')).toBe('12\u00a0ha');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(row('Available area')).toBe('12\u00a0ha');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('the switch rewrites a lang already in the address, so a reload keeps the choice', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/sites/plots/gf-b?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Erfurter Kreuz (German only)' });
    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    await waitFor(() => expect(history.location.search).toBe('?lang=de'));
    expect(row('Verfügbare Fläche')).toBe('12\u00a0ha');
  });

  it('the area unit switch shows every area in m² or ha and is remembered', async () => {
    const user = userEvent.setup();
    renderApp('/sites/plots/gf-b');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Erfurter Kreuz' });
    await user.selectOptions(screen.getByLabelText('Flächeneinheit'), 'm²');
    expect(row('Verfügbare Fläche')).toBe('120.000\u00a0m²');
    expect(localStorage.getItem('sf.area-unit.v1')).toContain('"m2"');
    await user.selectOptions(screen.getByLabelText('Flächeneinheit'), 'ha');
    expect(row('Verfügbare Fläche')).toBe('12\u00a0ha');
  });
});
