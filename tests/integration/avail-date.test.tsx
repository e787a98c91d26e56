import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(fixtureDataset());

/**
 * The browser draws a date field in its own locale's order (an American browser shows 12/31/2026
 * on the German page), so the field names beside it, in the page's language and with the month in
 * words, which day it holds.
 */
describe('"available by" date', () => {
  it.each([
    ['/?avail=2026-12-31', 'Verkehr und Verfügbarkeit', 'Verfügbar bis', '= 31. Dezember 2026'],
    ['/?avail=2026-12-31&lang=en', 'Transport and availability', 'Available by', '= 31 December 2026'],
  ])('%s names the chosen day in the page’s language', async (url, section, label, echo) => {
    const user = userEvent.setup();
    renderApp(url);
    await screen.findByText('Fläche Leipzig Nord');
    const summary = screen.getByText(section, { selector: 'summary, summary *' });
    if (!summary.closest('details')?.open) await user.click(summary);
    const field = await screen.findByLabelText(label, { selector: 'input[type="date"]' });
    expect(field).toHaveValue('2026-12-31');
    expect(field).toHaveAccessibleDescription(echo);
    expect(within(field.closest('fieldset')!).getByText(echo)).toBeVisible();
  });

  it('says nothing while no date is chosen', async () => {
    renderApp('/?avail=now');
    await screen.findByText('Fläche Leipzig Nord');
    const user = userEvent.setup();
    const summary = screen.getByText('Verkehr und Verfügbarkeit', { selector: 'summary, summary *' });
    if (!summary.closest('details')?.open) await user.click(summary);
    const field = await screen.findByLabelText('Verfügbar bis', { selector: 'input[type="date"]' });
    expect(field).not.toHaveAccessibleDescription();
  });
});
