import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built app in headless Debian Chromium and the mock OGC API over
 * HTTP (see docs/testing.md). One browser at a time, files one after another.
 */
export default defineConfig({
  // Specs may run the app's own code (src/lib/api, the CSV writer) and the test fixtures in Node.
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      '@mocks/': fileURLToPath(new URL('./mocks/', import.meta.url)),
    },
  },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // The app loads data and renders a WebGL map: give `expect.poll` time to see it settle.
    expect: { poll: { timeout: 30_000, interval: 250 } },
    // A flaky e2e test is a bug to fix, not to retry.
    retry: 0,
  },
});
