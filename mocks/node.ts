import { setupServer, type SetupServer } from 'msw/node';
import { sampleDataset, type Dataset } from './dataset';
import { createHandlers, type MockHandlerOptions } from './msw-handlers';

/**
 * An MSW server for Vitest serving `dataset` under `/api` (any origin). The caller owns its
 * lifecycle: `server.listen()`, `server.resetHandlers()`, `server.close()`.
 * Override per test with `server.use(createFailureHandler({ collection: 'plots', status: 500 }))`.
 */
export function createMockServer(
  dataset: Dataset = sampleDataset,
  options: MockHandlerOptions = {},
): SetupServer {
  return setupServer(...createHandlers(dataset, options));
}
