import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import type { Site } from '@/lib/sites/site';
import type { SiteSequence } from '@/lib/sites/site-sequence';
import { ExportMenu } from './export-menu';

/** 50,000 plots and then one hall, counting how many sites the menu reads. */
function countingResults() {
  const plot = { kind: 'plot' } as Site;
  const hall = { kind: 'hall' } as Site;
  const reads = { count: 0 };
  const sequence: SiteSequence = {
    length: 50_001,
    at: (i) => {
      reads.count++;
      return i === 50_000 ? hall : plot;
    },
  };
  return { sequence, reads };
}

describe('ExportMenu', () => {
  it('reads no result while closed, and offers a GeoJSON file per kind once opened', async () => {
    const user = userEvent.setup();
    const { sequence, reads } = countingResults();
    const { rerender } = render(
      <I18nextProvider i18n={createI18n('de')}>
        <ExportMenu sites={sequence} fileBase="sites" />
      </I18nextProvider>,
    );
    // A filter change renders the menu again with new results: closed, it must not scan them.
    rerender(
      <I18nextProvider i18n={createI18n('de')}>
        <ExportMenu sites={{ ...sequence }} fileBase="sites" />
      </I18nextProvider>,
    );
    expect(reads.count).toBe(0);

    await user.click(screen.getByText('Exportieren'));
    expect(await screen.findByRole('button', { name: 'GeoJSON Flächen (Polygone)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'GeoJSON Hallen (Punkte)' })).toBeVisible();
    expect(reads.count).toBe(50_001);
  });
});
