import { onlineManager } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '@/app/app';
import { PAGE_LIMIT } from '@/lib/api/ogc-client';
import { retryDelay, shouldRetry } from '@/lib/api/retry-policy';
import { fixedClock } from '@/lib/clock';
import { createI18n } from '@/lib/i18n/i18n';
import { createFailureHandler } from '@mocks/msw-handlers';
import { createMockServer } from '@mocks/node';
import { fakeCreateMapModule } from '../support/fake-map';
import { renderApp, TEST_TODAY } from '../support/render-app';
import { fixtureDataset, plotFeature } from '../support/site-fixtures';

/** Every way loading can fail, as the user sees it (MSW per-test overrides). */

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());
// A short request timeout, so the timeout test does not wait 20 s.
vi.mock('@/config/app-config', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/config/app-config')>();
  return { ...original, appConfig: { ...original.appConfig, apiTimeoutMs: 300 } };
});

const server = createMockServer(fixtureDataset());
const requests: string[] = [];
const record = ({ request }: { request: Request }) => void requests.push(new URL(request.url).pathname);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', record);
});
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
  onlineManager.setOnline(true);
});
afterAll(() => server.close());

/** The app with the production retry policy, but a 20 ms backoff base (Retry-After is honoured). */
function renderWithRetries(url = '/') {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { retry: shouldRetry, retryDelay: (n, e) => retryDelay(n, e, 20), refetchOnWindowFocus: false },
  });
  return render(
    <App
      queryClient={queryClient}
      history={createMemoryHistory({ initialEntries: [url] })}
      clock={fixedClock(TEST_TODAY)}
      i18n={createI18n('de')}
    />,
  );
}

const itemsRequests = (collection: string) =>
  requests.filter((p) => p === `/api/collections/${collection}/items`).length;
const page = (features: unknown[], next?: string) => ({
  type: 'FeatureCollection',
  features,
  links: next ? [{ rel: 'next', href: next }] : [],
});

describe('a failing endpoint', () => {
  it('404: says the server does not know the data, does not retry, and the other collection shows', async () => {
    server.use(createFailureHandler({ collection: 'plots', endpoint: 'items', status: 404 }));
    renderWithRetries('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Gewerbeflächen konnten nicht geladen werden.');
    expect(alert).toHaveTextContent('Der Server kennt diese Daten nicht.');
    expect(alert).toHaveTextContent('HTTP 404');
    expect(await screen.findByText('Halle Star Park')).toBeInTheDocument();
    expect(itemsRequests('plots')).toBe(1);
  });

  it('500: retries three times with backoff, then says the server failed and offers a retry', async () => {
    server.use(createFailureHandler({ collection: 'halls', endpoint: 'items', status: 500 }));
    renderWithRetries('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'Die Hallen konnten nicht geladen werden. Der Server hat einen Fehler gemeldet.',
    );
    expect(itemsRequests('halls')).toBe(4);
    expect(screen.getByText('Fläche Leipzig Nord')).toBeInTheDocument();

    server.resetHandlers();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await screen.findByText('Halle Star Park')).toBeInTheDocument();
  });

  it('503 with Retry-After: says it asks again, waits as told, then shows the data by itself', async () => {
    server.use(
      createFailureHandler({
        collection: 'halls',
        endpoint: 'items',
        status: 503,
        headers: { 'Retry-After': '1' },
        once: true,
      }),
    );
    const started = performance.now();
    renderWithRetries('/');
    expect(await screen.findByText(/Die Hallen werden erneut angefragt/)).toHaveTextContent(
      'Der Server ist vorübergehend nicht erreichbar.',
    );
    expect(await screen.findByText('Halle Star Park', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/erneut angefragt/)).not.toBeInTheDocument();
  });

  it('a server that never answers times out with a message', async () => {
    server.use(createFailureHandler({ collection: 'plots', endpoint: 'items', latencyMs: 'infinite' }));
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Der Server hat nicht rechtzeitig geantwortet.');
    expect(alert).toHaveTextContent('no answer within 0.3 s');
    expect(screen.getByText('Halle Star Park')).toBeInTheDocument();
  });

  it('malformed JSON is reported as such', async () => {
    server.use(
      createFailureHandler({
        collection: 'plots',
        endpoint: 'items',
        status: 200,
        rawBody: '{"type":"FeatureCollection","features":[',
      }),
    );
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Antwort des Servers ist kein gültiges JSON.',
    );
  });

  it('a dropped connection is reported as no connection', async () => {
    server.use(createFailureHandler({ collection: 'plots', endpoint: 'items', networkError: true }));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zum Server.');
  });
});

describe('odd but readable answers', () => {
  it('a second page with invalid records: the valid ones of both pages show, the rest are counted', async () => {
    server.use(
      http.get('*/api/collections/plots/items', () =>
        HttpResponse.json(page([plotFeature({ id: 'p1', name: 'Seite eins' })], '/api/plots-page-2')),
      ),
      http.get('*/api/plots-page-2', () =>
        HttpResponse.json(
          page([
            plotFeature({ id: 'p2', name: 'Seite zwei' }),
            plotFeature({ id: 'p3', state: 'BY' as never }),
          ]),
        ),
      ),
    );
    renderApp('/?kind=plots');
    expect(await screen.findByText('Seite zwei')).toBeInTheDocument();
    expect(screen.getByText('Seite eins')).toBeInTheDocument();
    expect(screen.getByText('1 Datensatz wurde übersprungen, weil er ungültig ist.')).toBeInTheDocument();
    expect(screen.getByText(/plots\/p3: state/)).toBeInTheDocument();
  });

  it('an empty collection says the server has none, and the other collection shows', async () => {
    server.use(http.get('*/api/collections/halls/items', () => HttpResponse.json(page([]))));
    renderApp('/');
    expect(await screen.findByText('Der Server liefert derzeit keine Hallen.')).toBeInTheDocument();
    expect(screen.getByText('Fläche Leipzig Nord')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('next links in a loop: what was read shows, with a notice that it is partial', async () => {
    server.use(
      http.get('*/api/collections/plots/items', () =>
        HttpResponse.json(page([plotFeature({ id: 'p1', name: 'Im Kreis' })], '/api/loop-b')),
      ),
      http.get('*/api/loop-b', () =>
        HttpResponse.json(
          page(
            [plotFeature({ id: 'p2', name: 'Im Kreis zwei' })],
            `/api/collections/plots/items?limit=${PAGE_LIMIT}`,
          ),
        ),
      ),
    );
    renderApp('/?kind=plots');
    expect(await screen.findByText(/Die Gewerbeflächen sind nur teilweise geladen/)).toBeInTheDocument();
    expect(screen.getByText('Im Kreis')).toBeInTheDocument();
    expect(screen.getByText('Im Kreis zwei')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the connection drops while the page is open', () => {
  it('says so, keeps the loaded sites usable, and the notice goes when it is back', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText('Fläche Leipzig Nord');
    onlineManager.setOnline(false);
    expect(await screen.findByText(/Keine Internetverbindung/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Hallen' }));
    await waitFor(() => expect(screen.queryByText('Fläche Leipzig Nord')).not.toBeInTheDocument());
    expect(screen.getByText('Halle Star Park')).toBeInTheDocument();
    onlineManager.setOnline(true);
    await waitFor(() => expect(screen.queryByText(/Keine Internetverbindung/)).not.toBeInTheDocument());
  });

  it('a load that started offline runs when the connection is back', async () => {
    onlineManager.setOnline(false);
    renderApp('/');
    expect(await screen.findByText(/Keine Internetverbindung/)).toBeInTheDocument();
    expect(itemsRequests('plots')).toBe(0);
    onlineManager.setOnline(true);
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
  });
});

describe('an unknown route', () => {
  it('shows a not-found page with a way back to the search', async () => {
    const { history } = renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Zurück zur Suche' }));
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(await screen.findByText('Fläche Leipzig Nord')).toBeInTheDocument();
  });
});
