import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MapAbArgs } from './args';
import type { SourceTree } from './builds';
import { freePort, waitForUrl, type Processes } from './processes';

export interface ApiChoice {
  /** VITE_API_BASE_URL of both builds, or null: each build serves its own static sample API. */
  apiBase: string | null;
  dataset: string;
}

/** For `--count N`: one `npm run api -- --data <synthetic file>` for both builds (generated if missing). */
export async function startApi(
  repo: string,
  count: MapAbArgs['count'],
  procs: Processes,
): Promise<ApiChoice> {
  if (count === 'sample')
    return { apiBase: null, dataset: 'sample data (static API of each build, dist/api)' };
  const file = `data/synthetic/sites-${count}-seed1.json`;
  if (!existsSync(join(repo, file))) {
    const synth = spawnSync(
      'npx',
      ['tsx', 'scripts/synth-data.ts', '--count', String(count), '--seed', '1'],
      {
        cwd: repo,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (synth.status !== 0) throw new Error(`could not write ${file}`);
  }
  const port = await freePort();
  procs.start('npx', ['tsx', 'scripts/api-server.ts', '--port', String(port), '--data', file], repo);
  const apiBase = `http://127.0.0.1:${port}/api`;
  await waitForUrl(apiBase);
  return {
    apiBase,
    dataset: `${count.toLocaleString('en')} synthetic sites (\`${file}\`, one API for both)`,
  };
}

/** `vite preview` of a build, run in its own tree (its own headers and preview middleware). */
export async function serveBuild(tree: SourceTree, outDir: string, procs: Processes): Promise<string> {
  const port = await freePort();
  procs.start(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    tree.root,
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForUrl(url);
  return url;
}
