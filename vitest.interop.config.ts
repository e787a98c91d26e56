import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The built app against a real OGC API server (QGIS Server), in headless Debian Chromium.
 * Run through `npm run test:interop` (scripts/interop/qgis-interop.sh), which starts the servers.
 */
export default defineConfig({
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    name: 'interop',
    environment: 'node',
    include: ['tests/interop/**/*.interop.ts'],
    globalSetup: ['tests/interop/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000, interval: 250 } },
    retry: 0,
  },
});
