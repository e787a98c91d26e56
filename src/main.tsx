// First: the router reads its stored scroll positions when its module is evaluated, so a bad
// entry must be gone before any import below loads it.
import './app/reset-bad-scroll-storage';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { appConfig } from './config/app-config';
import { yieldToBrowser } from './lib/yield-to-browser';
import './styles/app.css';
import './styles/header.css';
import './styles/explorer.css';
// After app.css, so its phone rules win at equal specificity.
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

/**
 * Start-up in steps that each stay short on a slow phone: the router matches the URL
 * and validates its search before the first render (so that render already holds the page's
 * layout, and no second, synchronous render follows from the router's store), the browser gets
 * a turn between the steps, and the first render runs as a transition, in slices.
 */
async function start() {
  await startMockApiIfOn().catch((error: unknown) => console.error('The sample API could not start:', error));
  await yieldToBrowser();
  const router = createAppRouter();
  await yieldToBrowser();
  await router.load().catch((error: unknown) => console.error('The page could not be loaded:', error));
  await yieldToBrowser();
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    ),
  );
}
void start();
