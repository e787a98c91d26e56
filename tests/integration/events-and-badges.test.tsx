import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createDataset, sampleDataset } from '@mocks/dataset';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { parseIcs } from '../support/real-parsers';
import { renderApp } from '../support/render-app';
import { plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const WAIT = { timeout: 10_000 };

// The sample events and projects; two plots, one listed in the last days before 2026-11-27.
serveDuringTests(
  createDataset(
    {
      plots: fc([
        plotFeature({
          id: 'gf-new',
          name: 'Fläche neu gelistet',
          listed_since: '2026-11-20',
          data_as_of: '2026-11-20',
        }),
        plotFeature({ id: 'gf-old', name: 'Fläche lange gelistet', listed_since: '2021-03-01' }),
      ]),
      halls: fc([]),
    },
    sampleDataset,
  ),
);

const SPRECHTAG = 'Sprechtag internationale Fachkräfte';
const icsOf = (link: HTMLElement) =>
  decodeURIComponent(link.getAttribute('href')!.replace(/^data:[^,]*,/, ''));

describe('the events page', () => {
  it('shows date and time, place, organiser, the event page and a calendar file that parses', async () => {
    renderApp('/events');
    const current = within(await screen.findByRole('region', { name: 'Aktuell und demnächst' }, WAIT));
    const event = within(current.getByRole('article', { name: SPRECHTAG }));
    expect(event.getByText('08.12.2026, 10:00–15:00 Uhr · Ort: Magdeburg')).toBeInTheDocument();
    expect(event.getByText(/^Veranstalter: Investitions- und Marketinggesellschaft/)).toBeInTheDocument();
    expect(event.getByRole('link', { name: 'Zur Seite der Veranstaltung' })).toHaveAttribute(
      'href',
      'https://www.make-it-in-germany.com/',
    );
    const ics = event.getByRole('link', { name: `In den Kalender (.ics): „${SPRECHTAG}“` });
    expect(ics).toHaveAttribute('download', 'event-2026-fachkraefte-sprechtag-magdeburg.ics');
    const cal = parseIcs(icsOf(ics));
    expect(cal.events).toEqual([
      expect.objectContaining({
        uid: 'event-2026-fachkraefte-sprechtag-magdeburg@standortfinder-mitteldeutschland',
        summary: SPRECHTAG,
        start: '2026-12-08T10:00:00+01:00',
        end: '2026-12-08T15:00:00+01:00',
        location: 'Magdeburg',
      }),
    ]);
  });

  it('names the month of an event in English, where 08/12/2026 would read as 12 August in the US', async () => {
    renderApp('/events?lang=en');
    const current = within(await screen.findByRole('region', { name: 'Current and upcoming' }, WAIT));
    const event = within(
      current.getByRole('article', { name: 'Advice day on international skilled workers' }),
    );
    expect(event.getByText('8 Dec 2026, 10:00–15:00 · Venue: Magdeburg')).toBeInTheDocument();
  });

  it('offers the filtered list as one calendar file', async () => {
    renderApp('/events?topic=trade-fair');
    const all = await screen.findByRole('link', { name: /^Alle 5 gezeigten Termine/ }, WAIT);
    const cal = parseIcs(icsOf(all));
    expect(cal.events.map((e) => e.summary)).toEqual([
      'EXPO REAL 2019 – Gemeinschaftsstand Mitteldeutschland',
      'EXPO REAL 2024 – Gemeinschaftsstand',
      'EXPO REAL 2025 – Gemeinschaftsstand',
      'EXPO REAL 2026 – Gemeinschaftsstand',
      'EXPO REAL 2027 – Gemeinschaftsstand',
    ]);
  });

  it('links an event to the projects it concerns', async () => {
    renderApp('/events');
    const fair = within(
      await screen.findByRole('article', { name: 'EXPO REAL 2025 – Gemeinschaftsstand' }, WAIT),
    );
    const projects = within(fair.getByRole('list', { name: 'Projekte dazu' }));
    expect(
      projects.getByRole('link', { name: 'Gemeinschaftsstand Mitteldeutschland auf der EXPO REAL' }),
    ).toHaveAttribute('href', '/projects#proj-expo-real-gemeinschaftsstand');
  });

  it('moves an event from upcoming to running to earlier as today moves', async () => {
    const { unmount } = renderApp('/events', { today: '2026-12-08' });
    const current = within(await screen.findByRole('region', { name: 'Aktuell und demnächst' }, WAIT));
    expect(
      within(current.getByRole('article', { name: SPRECHTAG })).getByText(/· läuft ·/),
    ).toBeInTheDocument();
    unmount();
    renderApp('/events', { today: '2026-12-09' });
    const earlier = within(await screen.findByRole('region', { name: 'Frühere' }, WAIT));
    expect(earlier.getByRole('article', { name: SPRECHTAG })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Aktuell und demnächst' })).queryByRole('article', {
        name: SPRECHTAG,
      }),
    ).not.toBeInTheDocument();
  });
});

describe('the "Neu" badge', () => {
  const badgeOf = async (name: string) => {
    const list = within(await screen.findByRole('list', { name: 'Ergebnisse' }, WAIT));
    return within(list.getByRole('link', { name }).closest('article')!).queryByText('Neu');
  };

  it('marks a site listed in the last 30 days, and no longer once today has moved on', async () => {
    const { unmount } = renderApp('/');
    expect(await badgeOf('Fläche neu gelistet')).toBeInTheDocument();
    expect(await badgeOf('Fläche lange gelistet')).not.toBeInTheDocument();
    unmount();
    renderApp('/', { today: '2026-12-20' });
    expect(await badgeOf('Fläche neu gelistet')).not.toBeInTheDocument();
  });
});
