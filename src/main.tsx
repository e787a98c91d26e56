import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { appConfig } from './config/app-config';
import './styles/app.css';
// After app.css, so its phone rules win at equal specificity (issue #8).
import './styles/responsive.css';

/**
 * Known when Vite bundles: true in `npm run dev` and in a build with the demo flag
 * `VITE_MOCK_API=on`. Otherwise the branch below is dead code and MSW is not in dist/.
 */
const MOCK_API_BUNDLED =
  import.meta.env.DEV || import.meta.env.VITE_MOCK_API === 'on' || import.meta.env.VITE_MOCK_API === 'true';

async function startMockApiIfOn() {
  if (!MOCK_API_BUNDLED || !appConfig.useMockApi) return;
  // Loaded only when the sample API is on, so a production backend never ships MSW's worker code.
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker();
}

const root = createRoot(document.getElementById('root')!);
startMockApiIfOn()
  .catch((error: unknown) => console.error('The sample API could not start:', error))
  .finally(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
