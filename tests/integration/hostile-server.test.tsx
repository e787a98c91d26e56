import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset, hallFeature, plotFeature } from '../support/site-fixtures';

/** A server that answers, but with links and values the app must not trust. */

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const page = (features: unknown[], next: string) => ({
  ...fc(features),
  links: [{ rel: 'next', href: next }],
});
const item = (id: string, kind: string, p: Record<string, unknown>) => ({
  type: 'Feature',
  id,
  geometry: null,
  properties: { kind, teaser: `Kurz: ${id}`, body: `Text von ${id}`, source: 'Test', ...p },
});
const inGvz = { locations: [{ type: 'park', park: 'GVZ Leipzig' }], topics: ['logistics'] };

const server = serveDuringTests(
  createDataset(
    {
      news: fc([
        item('news-links', 'news', {
          date: '2026-06-01',
          title: 'Neues Logistikzentrum im GVZ',
          links: [
            { href: 'javascript:alert(document.cookie)', title: 'Pressemitteilung' },
            { href: 'https://example.org/bericht', title: 'Bericht' },
          ],
          ...inGvz,
        }),
      ]),
      events: fc([
        item('event-url', 'event', {
          date: '2027-03-04',
          title: 'Logistiktag Leipzig',
          url: 'data:text/html,<script>alert(1)</script>',
          ...inGvz,
        }),
      ]),
    },
    fixtureDataset(),
  ),
);

const WAIT = { timeout: 3000 };

describe('a next link the app must not follow', () => {
  it.each([
    ['another origin', 'https://elsewhere.example.net/api/plots-page-2'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/geo+json,{"type":"FeatureCollection","features":[]}'],
  ])('to %s: paging stops, the pages read show, with a notice', async (_, next) => {
    server.use(
      http.get('*/api/collections/plots/items', () =>
        HttpResponse.json(
          page(
            [
              plotFeature({ id: 'p1', name: 'Seite eins A' }),
              plotFeature({ id: 'p2', name: 'Seite eins B' }),
            ],
            next,
          ),
        ),
      ),
      http.get('https://elsewhere.example.net/*', () =>
        HttpResponse.json(fc([plotFeature({ id: 'p3', name: 'Fremde Seite' })])),
      ),
    );
    renderApp('/?kind=plots');
    expect(
      await screen.findByText(
        /^Weitere Seiten der Gewerbeflächen konnten nicht geladen werden: .* 2 Standorte geladen\./,
      ),
    ).toHaveTextContent(next.slice(0, 40));
    // The notice may come before the list: the halls are still loading.
    expect(await screen.findByText('Seite eins A', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('Seite eins B')).toBeInTheDocument();
    expect(screen.queryByText('Fremde Seite')).not.toBeInTheDocument();
    expect(screen.queryByText(/Keine Verbindung/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a next link the app must not follow, in news', () => {
  it('keeps the news read so far and says the collection is only partly loaded', async () => {
    server.use(
      http.get('*/api/collections/news/items', () =>
        HttpResponse.json(
          page(
            [item('news-p1', 'news', { date: '2026-05-01', title: 'Meldung von Seite eins', ...inGvz })],
            'https://elsewhere.example.net/api/news-page-2',
          ),
        ),
      ),
    );
    renderApp('/news');
    expect(await screen.findByRole('article', { name: 'Meldung von Seite eins' }, WAIT)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Die Sammlung „news“ ist nur teilweise geladen: Der Server verweist für weitere Seiten auf eine Adresse, die die App nicht abrufen darf. Angezeigt wird der 1 gelesene Eintrag.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/konnte nicht geladen werden/)).not.toBeInTheDocument();
  });
});

describe('coordinates out of range', () => {
  it('a site with a corner at [500, -200] or 1e308 is reported one by one and never listed', async () => {
    const corner = (id: string, name: string, at: [number, number]) => {
      const plot = plotFeature({ id, name });
      const ring = plot.geometry.coordinates[0]!.map((p, i) => (i === 1 ? at : p));
      return { ...plot, geometry: { type: 'Polygon', coordinates: [ring] } };
    };
    server.use(
      http.get('*/api/collections/plots/items', () =>
        HttpResponse.json(
          fc([
            plotFeature({ id: 'ok', name: 'Gute Fläche' }),
            corner('far', 'Fläche im Nirgendwo', [500, -200]),
            corner('huge', 'Riesenfläche', [1e308, 1e308]),
          ]),
        ),
      ),
      http.get('*/api/collections/halls/items', () =>
        HttpResponse.json(
          fc([
            {
              ...hallFeature({ id: 'h-far', name: 'Halle am Pol' }),
              geometry: { type: 'Point', coordinates: [12, 95] },
            },
          ]),
        ),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('Gute Fläche')).toBeInTheDocument();
    expect(screen.getByText('3 Datensätze wurden übersprungen, weil sie ungültig sind.')).toBeInTheDocument();
    expect(
      screen.getByText(/plots\/far: geometry\.coordinates\.0\.1\.0: longitude out of range/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/plots\/huge: geometry\.coordinates\.0\.1\.0: longitude out of range/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/halls\/h-far: geometry\.coordinates\.1: latitude out of range/),
    ).toBeInTheDocument();
    for (const name of ['Fläche im Nirgendwo', 'Riesenfläche', 'Halle am Pol'])
      expect(screen.queryByText(name)).not.toBeInTheDocument();
  });
});

describe('links with a scheme other than http, https or mailto', () => {
  it('the site page shows the records and counts the dropped links', async () => {
    renderApp('/sites/plots/gf-a');
    const news = within(await screen.findByRole('region', { name: 'Aus der Region' }, WAIT));
    expect(news.getByRole('link', { name: 'Neues Logistikzentrum im GVZ' })).toBeInTheDocument();
    const events = within(await screen.findByRole('region', { name: 'Termine' }, WAIT));
    expect(events.getByRole('link', { name: 'Logistiktag Leipzig' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^2 Verweise wurden entfernt, weil nur http-, https- und mailto-Adressen erlaubt sind/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/news\/news-links: links\.0\.href: scheme javascript: not allowed/),
    ).toBeInTheDocument();
    expect(screen.getByText(/events\/event-url: url: scheme data: not allowed/)).toBeInTheDocument();
    expect(screen.queryByText(/übersprungen/)).not.toBeInTheDocument();
  });

  it('the news and events pages render no link with such a scheme', async () => {
    renderApp('/news');
    const article = within(
      await screen.findByRole('article', { name: 'Neues Logistikzentrum im GVZ' }, WAIT),
    );
    expect(article.getByRole('link', { name: 'Bericht' })).toHaveAttribute(
      'href',
      'https://example.org/bericht',
    );
    expect(article.queryByRole('link', { name: 'Pressemitteilung' })).not.toBeInTheDocument();
    expect(screen.getByText(/^2 Verweise wurden entfernt/)).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });

  it('an event with a bad url is listed, without the link', async () => {
    renderApp('/events');
    const event = within(await screen.findByRole('article', { name: 'Logistiktag Leipzig' }, WAIT));
    expect(event.queryByRole('link', { name: 'Zur Seite der Veranstaltung' })).not.toBeInTheDocument();
    // The one data: link left is the app's own .ics download.
    const links = event.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => /^(javascript|data):/.test(href))).toEqual([
      expect.stringMatching(/^data:text\/calendar;/),
    ]);
  });
});
