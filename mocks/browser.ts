import { setupWorker, type SetupWorker } from 'msw/browser';
import { sampleDataset, type Dataset } from './dataset';
import { createHandlers, type MockHandlerOptions } from './msw-handlers';

export interface MockWorkerOptions extends MockHandlerOptions {
  dataset?: Dataset;
}

const appBase = () => {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
};

/**
 * Starts the mock API in the browser (service worker `public/mockServiceWorker.js`).
 * Import lazily, only when the mock API is on. The API is served at `${BASE_URL}api`
 * unless `basePath` says otherwise; every other request goes to the network.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<SetupWorker> {
  const { dataset = sampleDataset, ...handlerOptions } = options;
  const base = appBase();
  const worker = setupWorker(...createHandlers(dataset, { basePath: `${base}api`, ...handlerOptions }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
  });
  return worker;
}
