import { fileURLToPath } from 'node:url';
import { loadEnv, runnerImport, type Plugin } from 'vite';
import type { sampleFeeds } from './sample-feed-files';
import { ATOM_TYPE } from './atom.ts';

const ENTRY = fileURLToPath(new URL('./sample-feed-files.ts', import.meta.url));

const load = async () =>
  (
    await runnerImport<{ sampleFeeds: typeof sampleFeeds }>(ENTRY, {
      configFile: false,
      logLevel: 'silent',
    })
  ).module.sampleFeeds;

/**
 * The Atom feeds of the sample data: written into `<outDir>/feeds/` by `vite build` (links absolute
 * with `VITE_PUBLIC_URL`, else relative), and answered at `/feeds/…` by the dev server.
 */
export function feedsPlugin(): Plugin {
  let publicUrl: string | undefined;
  return {
    name: 'standortfinder:feeds',
    configResolved(config) {
      publicUrl = loadEnv(config.mode, config.envDir || process.cwd(), 'VITE_').VITE_PUBLIC_URL;
    },
    async generateBundle() {
      for (const [fileName, source] of (await load())(publicUrl))
        this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.slice(1) ?? '';
        if (!path.startsWith('feeds/')) return next();
        load()
          .then((feeds) => {
            const body = feeds(publicUrl).get(path);
            if (body === undefined) return next();
            res.setHeader('Content-Type', `${ATOM_TYPE};charset=utf-8`);
            res.end(body);
          })
          .catch(next);
      });
    },
  };
}
