import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { appConfig } from './config/app-config';
import './styles/app.css';

async function startMockApiIfOn() {
  if (!appConfig.useMockApi) return;
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
