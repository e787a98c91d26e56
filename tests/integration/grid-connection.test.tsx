import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { DIALECTS } from '@/features/export/csv-writer';
import { sitesToCsv } from '@/features/export/csv-export';
import { validateSites } from '@/lib/sites/validate-sites';
import { fakeCreateMapModule } from '../support/fake-map';
import { resultNames, serveDuringTests, waitForCount } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

/**
 * The grid connection criterion (`power_min`, `unknown=power`) end to end: it was added as one
 * entry of the criteria table plus data, schema and catalogues, and must work everywhere.
 */
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const plots = [
  plotFeature({ id: 'p-strong', name: 'Umspannwerk Nord', power_mva: 40, area_m2: 50_000 }),
  plotFeature({ id: 'p-weak', name: 'Kleingewerbe Süd', power_mva: 5, area_m2: 20_000 }),
  plotFeature({ id: 'p-unknown', name: 'Ohne Angabe Ost', power_mva: null, area_m2: 10_000 }),
];
const halls = [hallFeature({ id: 'h-strong', name: 'Halle Netz', power_mva: 12, area_m2: 8_000 })];
serveDuringTests(createDataset({ plots: fc(plots), halls: fc(halls) }));

describe('grid connection (power_min)', () => {
  it('filters list and map from its control, reads as a chip, and keeps unknown values on request', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await waitForCount('3 Flächen');
    await user.click(screen.getByText('Verkehr und Verfügbarkeit', { selector: 'summary' }));
    await user.type(screen.getByLabelText('Netzanschluss ab'), '10{Enter}');
    await waitFor(() => expect(history.location.search).toBe('?power_min=10'));
    await waitForCount('1 Fläche');
    expect(resultNames()).toEqual(['Umspannwerk Nord', 'Halle Netz']);
    expect(screen.getByRole('button', { name: 'Netzanschluss ab: 10\u00a0MVA entfernen' })).toBeVisible();
    expect(
      screen.getByRole('region', { name: /Karte/ }).querySelector('[aria-label^="Kartenvorschau"]'),
    ).toHaveAttribute('aria-label', expect.stringContaining('2 Standorte'));
    const group = screen.getByLabelText('Netzanschluss ab').closest('details')!;
    const keepUnknown = within(group).getAllByRole('checkbox', {
      name: 'Standorte ohne Angabe einschließen',
    });
    await user.click(keepUnknown[keepUnknown.length - 1]!);
    await waitFor(() => expect(history.location.search).toBe('?power_min=10&unknown=power'));
    expect(resultNames()).toEqual(['Umspannwerk Nord', 'Ohne Angabe Ost', 'Halle Netz']);
  });

  it('counts facets under it: the kind options say what they would give', async () => {
    renderApp('/?power_min=20');
    await waitForCount('1 Fläche');
    expect(screen.getByRole('radio', { name: 'Hallen' })).toHaveAccessibleDescription('0');
    expect(screen.getByRole('radio', { name: 'Flächen' })).toHaveAccessibleDescription('1');
  });

  it('narrows the supply overview through the same filter', async () => {
    renderApp('/overview?power_min=10');
    await waitForCount('1 Fläche mit 5 ha · 1 Halle mit 0,8 ha');
  });

  it('shows on the site page', async () => {
    renderApp('/sites/plots/p-strong');
    const row = await screen.findByText('Netzanschluss (verfügbare Leistung)', {}, { timeout: 10_000 });
    expect(row.closest('div, tr, li')).toHaveTextContent('40 MVA');
  });

  it('is a column of the CSV export', () => {
    const sites = validateSites('plots', 'plot', plots).sites;
    const csv = sitesToCsv(sites, DIALECTS.standard, 'https://example.org/');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.power_mva)).toEqual(['40', '5', '']);
  });
});
