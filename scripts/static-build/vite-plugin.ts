import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precompressDir } from './precompress.ts';
import { servePrecompressed } from './serve-precompressed.ts';

const KIB = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);

/**
 * `vite build` ends by writing `.br` and `.gz` siblings of the compressible files in dist/
 * (after every other plugin, so files removed by them get none); `vite preview` serves those
 * siblings with `Content-Encoding` to requests that accept them. Source maps are left out:
 * browsers only fetch them with the developer tools open.
 */
export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  const outDir = () => resolve(config.root, config.build.outDir);
  return {
    name: 'standortfinder:precompress',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (config.command !== 'build') return;
        const files = await precompressDir(outDir(), { exclude: (file) => file.endsWith('.map') });
        const largest = files[0];
        config.logger.info(
          `precompressed ${files.length} files (.br, .gz)` +
            (largest ? `; largest ${largest.file}: ${KIB(largest.raw)} → br ${KIB(largest.br)}` : ''),
        );
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(outDir()));
    },
  };
}
