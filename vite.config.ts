import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/security/csp.ts';
import { hostHeadersPlugin } from './scripts/static-build/host-headers.ts';
import { publicUrlPlugin } from './scripts/static-build/public-url.ts';
import { precompressPlugin } from './scripts/static-build/vite-plugin.ts';
import { staticApiPlugin } from './scripts/static-api/vite-plugin.ts';
import { feedsPlugin } from './scripts/feeds/vite-plugin.ts';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    staticApiPlugin(),
    feedsPlugin(),
    cspPlugin(),
    publicUrlPlugin(),
    hostHeadersPlugin(),
    precompressPlugin(),
  ],
  resolve: {
    alias: {
      '@/': r('./src/'),
      '@mocks/': r('./mocks/'),
      '@data/': r('./data/'),
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The check of the stored scroll positions gets a chunk of its own, which the entry
            // imports before the shared chunk holding the router (whose module reads them when it
            // is evaluated); inlined into the entry it would run after that chunk.
            {
              name: 'boot',
              test: /src[\\/](app[\\/]reset-bad-scroll-storage|lib[\\/]scroll-restoration-storage)\.ts$/,
              priority: 100,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/{unit,integration}/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
    ],
    benchmark: { include: ['bench/**/*.bench.ts', 'src/**/*.bench.ts'] },
    testTimeout: 20000,
  },
});
