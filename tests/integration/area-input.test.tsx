import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAreaUnit } from '@/lib/i18n/area-unit';
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

const loaded = () => screen.findByText('Fläche Leipzig Nord');

describe('area inputs', () => {
  it('read "10 ha", write whole m² to the URL and echo what they read', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    const min = screen.getByRole('textbox', { name: 'Fläche von (ha)' });
    await user.type(min, '10 ha{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?area_min=100000'));
    expect(screen.getByRole('textbox', { name: 'Fläche von (ha)' })).toHaveAccessibleDescription('= 10 ha');
    expect(screen.getByText('= 10 ha')).toBeVisible();
  });

  it('keep the focus on Enter, so the next bound or a correction is a keystroke away', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await loaded();
    const min = screen.getByRole('textbox', { name: 'Fläche von (ha)' });
    await user.type(min, '2,50 ha{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?area_min=25000'));
    expect(screen.getByRole('textbox', { name: 'Fläche von (ha)' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Fläche von (ha)' })).toHaveValue('2,5');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Fläche bis (ha)' })).toHaveFocus();
  });

  it('read a unit of their own and English thousands marks', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?lang=en');
    await screen.findByText('Fläche Leipzig Nord');
    await user.type(screen.getByRole('textbox', { name: 'Area to (ha)' }), '25,000 m²{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?area_max=25000&lang=en'));
    expect(screen.getByRole('textbox', { name: 'Area to (ha)' })).toHaveValue('2.5');
  });

  it('keep text they cannot read, say why, and leave the URL alone', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?area_max=500000');
    await loaded();
    const min = screen.getByRole('textbox', { name: 'Fläche von (ha)' });
    await user.type(min, 'zehn{Enter}');
    expect(min).toHaveValue('zehn');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(min).toHaveAccessibleDescription('„zehn“ ist keine Zahl. Beispiele: 10 · 10,5 · 100.000 · 10 ha');
    await user.tab();
    expect(history.location.search).toBe('?area_max=500000');
    await user.clear(min);
    await user.type(min, '10 acres{Enter}');
    expect(min).toHaveAccessibleDescription(/„acres“ ist hier keine Einheit/);
    expect(history.location.search).toBe('?area_max=500000');
  });

  it('an empty field removes the bound', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/?area_min=20000');
    await loaded();
    const min = screen.getByRole('textbox', { name: 'Fläche von (ha)' });
    expect(min).toHaveValue('2');
    await user.clear(min);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('follow the area unit: m² for halls only, and the header’s choice', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=halls&area_min=5000');
    await screen.findByRole('textbox', { name: 'Fläche von (m²)' });
    expect(screen.getByRole('textbox', { name: 'Fläche von (m²)' })).toHaveValue('5.000');
    await user.selectOptions(screen.getByLabelText('Flächeneinheit'), 'ha');
    expect(screen.getByRole('textbox', { name: 'Fläche von (ha)' })).toHaveValue('0,5');
    await user.click(screen.getByRole('radio', { name: 'Alle' }));
    await user.selectOptions(screen.getByLabelText('Flächeneinheit'), 'm²');
    expect(await screen.findByRole('textbox', { name: 'Fläche von (m²)' })).toBeInTheDocument();
  });
});
