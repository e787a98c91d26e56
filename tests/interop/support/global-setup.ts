import type { TestProject } from 'vitest/node';
import type {} from '../../e2e/support/urls';

/**
 * The interop specs start nothing themselves: scripts/interop/qgis-interop.sh serves the app
 * (built against QGIS Server) and the API, and passes both URLs in the environment.
 */
export default function setup(project: TestProject): void {
  const appUrl = process.env.INTEROP_APP_URL?.replace(/\/+$/, '');
  const apiUrl = process.env.INTEROP_API_URL?.replace(/\/+$/, '');
  if (!appUrl || !apiUrl) {
    throw new Error(
      'INTEROP_APP_URL and INTEROP_API_URL are not set: run these specs through `npm run test:interop`.',
    );
  }
  console.log(`[interop] app ${appUrl} · api ${apiUrl}`);
  project.provide('appUrl', appUrl);
  project.provide('apiUrl', apiUrl);
}
