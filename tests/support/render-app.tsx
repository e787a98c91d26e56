// First, as in main.tsx: a bad stored scroll entry goes before the router's modules read it.
import '@/app/reset-bad-scroll-storage';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App, createQueryClient } from '@/app/app';
import { fixedClock } from '@/lib/clock';
import { createI18n, type Language } from '@/lib/i18n/i18n';
import { resetMapActivation } from '@/lib/map/use-map-activation';

export const TEST_TODAY = '2026-11-27';

/** Renders the whole app at `url` with a fresh query cache (no retries) and a fixed clock (`today`). */
export function renderApp(
  url = '/',
  { language = 'de' as Language, today = TEST_TODAY }: { language?: Language; today?: string } = {},
) {
  // A freshly opened page: the live map has not started yet (it starts at the first interaction).
  resetMapActivation();
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const result = render(
    <App queryClient={queryClient} history={history} clock={fixedClock(today)} i18n={createI18n(language)} />,
  );
  return { ...result, history, queryClient };
}
