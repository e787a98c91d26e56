import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDataset } from '@mocks/dataset';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { hallFeature, plotFeature } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const item = (
  id: string,
  kind: string,
  p: Record<string, unknown>,
  point: [number, number] | null = null,
) => ({
  type: 'Feature',
  id,
  geometry: point ? { type: 'Point', coordinates: point } : null,
  properties: { kind, teaser: `Kurz: ${id}`, body: `Text von ${id}`, source: 'Test', ...p },
});

// Today is 2026-11-27 (renderApp's clock).
const dataset = createDataset({
  plots: fc([
    plotFeature({
      id: 'gf-a',
      name: 'Fläche Leipzig Nord',
      pop_30km: 1_000_000,
      pop_60km: 2_500_000,
      district_population: 587_857,
      district_area_km2: 297.8,
      nearest_towns: [{ name: 'Leipzig', population: 600_000, km: 8.2 }],
    }),
    plotFeature({
      id: 'gf-b',
      name: 'Fläche Erfurter Kreuz',
      park: 'Industriegebiet Erfurter Kreuz',
      municipality: 'Arnstadt',
      district: 'Ilm-Kreis',
      ags: '16070004',
      state: 'TH',
      lon: 10.98,
      lat: 50.86,
      sector_tags: ['automotive'],
    }),
  ]),
  halls: fc([hallFeature({ id: 'ho-a', name: 'Halle Star Park' })]),
  news: fc([
    item('news-gvz', 'news', {
      date: '2026-06-01',
      title: 'Neues Logistikzentrum im GVZ',
      topics: ['logistics'],
      locations: [{ type: 'park', park: 'GVZ Leipzig' }],
    }),
    item('news-ilm', 'news', {
      date: '2019-06-01',
      title: 'Batteriewerk im Ilm-Kreis',
      topics: ['automotive'],
      locations: [{ type: 'district', district: '16070' }],
    }),
    item(
      'news-dresden',
      'news',
      { date: '2026-05-01', title: 'Chipfabrik in Dresden', topics: ['logistics'] },
      [13.77, 51.13],
    ),
    item('news-broken', 'news', { date: 'gestern', title: 'Kaputt' }),
  ]),
  projects: fc([
    item('proj-ir', 'project', {
      date: '2018-01-01',
      title: 'Innovationsregion Mitteldeutschland',
      topics: ['structural-change'],
      locations: [
        { type: 'district', district: '14713' },
        { type: 'district', district: '15002' },
      ],
    }),
  ]),
  events: fc([
    item('event-forum', 'event', {
      date: '2027-03-04',
      title: 'FORUM Mitteldeutschland 2027',
      venue: 'Leipzig',
      locations: [{ type: 'ags', ags: '14713000' }],
    }),
    item('event-expo', 'event', { date: '2025-10-06', end_date: '2025-10-08', title: 'EXPO REAL 2025' }),
  ]),
});

serveDuringTests(dataset);

// Sites and context collections load on their own: a section waits for both.
const WAIT = { timeout: 3000 };
const section = async (name: string) => within(await screen.findByRole('region', { name }, WAIT));

describe('regional context on the site page', () => {
  it('shows related news, projects and events with their reasons', async () => {
    renderApp('/sites/plots/gf-a');
    const news = await section('Aus der Region');
    expect(news.getByRole('link', { name: 'Neues Logistikzentrum im GVZ' })).toHaveAttribute(
      'href',
      '/news#news-gvz',
    );
    const reasons = news.getByRole('list', { name: 'Warum verknüpft' });
    expect(within(reasons).getByText('Im selben Gewerbegebiet (GVZ Leipzig)')).toBeInTheDocument();
    expect(within(reasons).getByText('Thema: Logistik')).toBeInTheDocument();
    expect(news.queryByText('Chipfabrik in Dresden')).not.toBeInTheDocument();
    expect(news.queryByText('Batteriewerk im Ilm-Kreis')).not.toBeInTheDocument();

    const projects = await section('Projekte & Initiativen');
    expect(projects.getByText('Im Gebiet: Innovationsregion Mitteldeutschland')).toBeInTheDocument();
    const events = await section('Termine');
    expect(events.getByRole('link', { name: 'FORUM Mitteldeutschland 2027' })).toBeInTheDocument();
    expect(events.getByText('Gleiche Gemeinde (Leipzig)')).toBeInTheDocument();
    expect(events.queryByText('EXPO REAL 2025')).not.toBeInTheDocument();
    expect(screen.getByText('1 Datensatz wurde übersprungen, weil er ungültig ist.')).toBeInTheDocument();
  });

  it('links a site to district news and says so, and shows the profile with its sources', async () => {
    renderApp('/sites/plots/gf-b');
    const news = await section('Aus der Region');
    expect(news.getByRole('link', { name: 'Batteriewerk im Ilm-Kreis' })).toBeInTheDocument();
    expect(news.getByText('Gleicher Landkreis (Ilm-Kreis)')).toBeInTheDocument();
    expect(news.getByText('Thema: Automobil')).toBeInTheDocument();
    expect((await section('Projekte & Initiativen')).getByText(/Kein Projekt/)).toBeInTheDocument();
  });

  it('shows the population around the site, the nearest towns and the credits', async () => {
    renderApp('/sites/plots/gf-a');
    const profile = await section('Das Umfeld');
    const value = (label: string) =>
      profile.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Einwohner im Umkreis von 30 km')).toBe('1.000.000');
    expect(value('Einwohner im Umkreis von 60 km')).toBe('2.500.000');
    expect(value('Bevölkerungsdichte im Landkreis')).toBe('1.974 Einw./km² (Leipzig)');
    expect(profile.getByText('Leipzig (600.000 Einw.): 8,2 km')).toBeInTheDocument();
    expect(profile.getByText(/GeoNames \(CC BY 4\.0\)/)).toBeInTheDocument();
    expect(profile.getByRole('img', { name: /30 km 1\.000\.000/ })).toBeInTheDocument();
  });
});

describe('news page', () => {
  it('lists news newest first with their related sites, and links back to a site and its news', async () => {
    const user = userEvent.setup();
    renderApp('/news');
    const article = within(await screen.findByRole('article', { name: 'Neues Logistikzentrum im GVZ' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 Meldungen');
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['news-gvz', 'news-dresden', 'news-ilm']);
    // The news can be on screen before the sites have loaded.
    const sites = within(await article.findByRole('list', { name: 'Standorte dazu' }, WAIT));
    expect(sites.queryByRole('link', { name: 'Fläche Erfurter Kreuz' })).not.toBeInTheDocument();
    await user.click(sites.getByRole('link', { name: 'Fläche Leipzig Nord' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fläche Leipzig Nord' })).toBeInTheDocument();
    expect(
      (await section('Aus der Region')).getByRole('link', { name: 'Neues Logistikzentrum im GVZ' }),
    ).toBeInTheDocument();
  });

  it('filters by topic from the URL and the select', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/news?topic=automotive');
    expect(await screen.findByRole('article', { name: 'Batteriewerk im Ilm-Kreis' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Thema'), 'logistics');
    expect(await screen.findByRole('article', { name: 'Neues Logistikzentrum im GVZ' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(history.location.search).toBe('?topic=logistics');
  });

  it('a topic it has nothing on shows every item and says so, the select on "Alle Themen"', async () => {
    renderApp('/news?topic=%3Cb%3Eboats');
    expect(
      await screen.findByText(
        'Zum Thema „<b>boats“ gibt es hier keine Einträge; gezeigt werden alle Themen.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('3 Meldungen');
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByLabelText('Thema')).toHaveValue('');
  });
});

describe('projects and events pages', () => {
  it('shows a project with the sites in its region and a link to search them', async () => {
    renderApp('/projects');
    const article = within(
      await screen.findByRole('article', { name: 'Innovationsregion Mitteldeutschland' }),
    );
    const sites = within(await article.findByRole('list', { name: 'Standorte dazu' }, WAIT));
    expect(sites.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Fläche Leipzig Nord',
      'Halle Star Park',
    ]);
    // Its own title is the heading: the sites' reason does not repeat it.
    expect(sites.getAllByText('Im Projektgebiet')).toHaveLength(2);
    expect(sites.queryByText(/Im Gebiet:/)).not.toBeInTheDocument();
    expect(article.getByRole('link', { name: 'Standorte in dieser Region' })).toHaveAttribute(
      'href',
      '/?region=proj-ir',
    );
  });

  it('splits events into current and earlier relative to today', async () => {
    renderApp('/events');
    const upcoming = within(await screen.findByRole('region', { name: 'Aktuell und demnächst' }));
    expect(upcoming.getByRole('article', { name: 'FORUM Mitteldeutschland 2027' })).toBeInTheDocument();
    const past = within(screen.getByRole('region', { name: 'Frühere' }));
    expect(past.getByRole('article', { name: 'EXPO REAL 2025' })).toBeInTheDocument();
    expect(past.getByText('06.10.2025 – 08.10.2025')).toBeInTheDocument();
  });
});

describe('result cards', () => {
  it('mark sites with news about their park from the last twelve months, with its date', async () => {
    renderApp('/');
    const list = within(await screen.findByRole('list', { name: 'Ergebnisse' }));
    const card = (name: string) => list.getByRole('link', { name }).closest('article')!;
    expect(await within(card('Fläche Leipzig Nord')).findByText('Meldung 01.06.2026')).toBeInTheDocument();
    // Its news is from 2019 and names the district only: no marker.
    expect(within(card('Fläche Erfurter Kreuz')).queryByText(/^Meldung/)).not.toBeInTheDocument();
  });
});
