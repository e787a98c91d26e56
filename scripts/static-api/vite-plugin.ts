import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import type { sampleStaticApi } from './sample-static-api';

/** True when the build ships the in-browser mock API (demo flag `VITE_MOCK_API=on`). */
export const mockApiRequested = (env: Record<string, string | undefined>) =>
  env.VITE_MOCK_API === 'on' || env.VITE_MOCK_API === 'true';

const ENTRY = fileURLToPath(new URL('./sample-static-api.ts', import.meta.url));

/**
 * `vite build` writes the sample API as static JSON files into `<outDir>/api/` (built by the
 * mock core, see mocks/ogc-api/static-api.ts), so dist/ runs on any static host without a
 * service worker. Unless the demo flag asks for the mock API, MSW's worker script is left out.
 * The mock core is loaded through Vite's module runner, so the config itself stays small.
 */
export function staticApiPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'standortfinder:static-api',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const { module } = await runnerImport<{ sampleStaticApi: typeof sampleStaticApi }>(ENTRY, {
        configFile: false,
        logLevel: 'silent',
      });
      for (const [file, body] of module.sampleStaticApi()) {
        this.emitFile({ type: 'asset', fileName: `api/${file}`, source: JSON.stringify(body) });
      }
    },
    async closeBundle() {
      if (mockApiRequested(config.env)) return;
      await rm(resolve(config.root, config.build.outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
