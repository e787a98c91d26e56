import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAreaUnit } from '@/lib/i18n/area-unit';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

// Plots Leipzig Nord (3 ha, 65 €/m²) and Erfurter Kreuz (12 ha, 65 €/m²); halls Star Park
// (10.500 m²) and Dresden (4.000 m²), both for rent.
serveDuringTests(fixtureDataset());
beforeEach(() => {
  localStorage.clear();
  resetAreaUnit();
});

const card = (name: string) => screen.getByRole('link', { name }).closest('article')!;
const facts = (name: string) => card(name).querySelector('.site-card__facts')!.textContent;

describe('one area unit per view', () => {
  it('the result list shows a plot of several ha and a hall under 1 ha in one unit', async () => {
    renderApp('/');
    await screen.findByText('Halle Dresden');
    expect(facts('Fläche Leipzig Nord')).toMatch(/^3\u00a0ha verfügbar/);
    expect(facts('Halle Dresden')).toMatch(/^0,4\u00a0ha Hallenfläche/);
  });

  it('a list of halls only reads in m²', async () => {
    renderApp('/?kind=halls');
    await screen.findByText('Halle Dresden');
    expect(facts('Halle Star Park')).toMatch(/^10\.500\u00a0m² Hallenfläche/);
    expect(facts('Halle Dresden')).toMatch(/^4\.000\u00a0m² Hallenfläche/);
  });
});

describe('one area unit on a site page, as in a list of its kind', () => {
  const value = (label: string) =>
    screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

  it('a hall reads in m² (its hall area read "1,05 ha" beside "500 m²" of office)', async () => {
    renderApp('/sites/halls/ho-a');
    await screen.findByRole('heading', { level: 1, name: 'Halle Star Park' });
    expect(value('Hallenfläche')).toBe('10.500\u00a0m²');
    expect(value('Bürofläche')).toBe('500\u00a0m²');
    expect(value('Grundstücksfläche')).toBe('25.000\u00a0m²');
  });

  it('a plot reads in ha, its smallest part too', async () => {
    renderApp('/sites/plots/gf-a');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Leipzig Nord' });
    expect(value('Verfügbare Fläche')).toBe('3\u00a0ha');
    expect(value('Teilbar ab')).toBe('0,5\u00a0ha');
  });
});

describe('compare', () => {
  it('two plots: no hall-only rows, availability passed reads "sofort", a computed total', async () => {
    renderApp('/compare?ids=plots/gf-a,plots/gf-b');
    const table = await screen.findByRole('table', { name: 'Standorte vergleichen' });
    const rowNames = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    for (const hallRow of ['Lichte Höhe', 'Bodenbelastbarkeit', 'Rampentore', 'Miete je m² und Monat'])
      expect(rowNames.some((n) => n?.startsWith(hallRow))).toBe(false);
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^Verfügbar ab/)).toEqual(['sofort', 'sofort']);
    expect(cells(/^Kaufpreis gesamt/)).toEqual([
      '1.950.000\u00a0€ (berechnet) ★(bester Wert)',
      '7.800.000\u00a0€ (berechnet)',
    ]);
  });
});

describe('total purchase price', () => {
  it('on a plot’s card, marked as computed; none for a hall for rent', async () => {
    renderApp('/');
    await screen.findByText('Halle Dresden');
    expect(facts('Fläche Leipzig Nord')).toContain('≈ 1,95\u00a0Mio.\u00a0€ gesamt (berechnet)');
    expect(facts('Halle Dresden')).not.toContain('gesamt');
  });

  it('on the site page, with how it was worked out', async () => {
    renderApp('/sites/plots/gf-a');
    await screen.findByRole('heading', { level: 1, name: 'Fläche Leipzig Nord' });
    const value = screen.getByText('Kaufpreis gesamt', { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value).toBe('1.950.000\u00a0€ (berechnet: 3\u00a0ha × 65,00\u00a0€/m²)');
  });
});
