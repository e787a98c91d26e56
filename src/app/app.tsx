import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { OfflineNotice } from '@/components/offline-notice';
import { retryDelay, shouldRetry } from '@/lib/api/retry-policy';
import { ClockProvider, systemClock, type Clock } from '@/lib/clock';
import { createI18n } from '@/lib/i18n/i18n';
import { initialLanguage } from '@/lib/i18n/language-preference';
import { createAppRouter, type AppRouter } from './router';

export interface AppProps {
  queryClient?: QueryClient;
  i18n?: I18n;
  clock?: Clock;
  history?: RouterHistory;
  /** A router made (and loaded) before the first render: see main.tsx. */
  router?: AppRouter;
}

/** Transient API failures are retried with backoff (or after `Retry-After`): see retry-policy.ts. */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false } },
  });

/** Providers around the router; tests pass their own client, clock and history. */
export function App({ queryClient, i18n, clock = systemClock, history, router: given }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [i18nInstance] = useState(
    () => i18n ?? createI18n(initialLanguage(typeof window === 'undefined' ? '' : window.location.search)),
  );
  const [router] = useState(() => given ?? createAppRouter(history));
  return (
    <I18nextProvider i18n={i18nInstance}>
      <ClockProvider clock={clock}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
          <OfflineNotice />
        </QueryClientProvider>
      </ClockProvider>
    </I18nextProvider>
  );
}
