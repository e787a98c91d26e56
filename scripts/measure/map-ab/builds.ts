import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';

export interface SourceTree {
  label: 'baseline' | 'candidate';
  /** What was asked for: a git ref, or `worktree`. */
  ref: string;
  root: string;
  /** Short commit, with "+ uncommitted changes" for a dirty working tree. */
  commit: string;
  /** A detached worktree made for this run (removed afterwards), or null for the working tree. */
  temporary: string | null;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export const repoRoot = (cwd = process.cwd()) => git(cwd, 'rev-parse', '--show-toplevel');

function describeCommit(root: string): string {
  const commit = git(root, 'rev-parse', '--short', 'HEAD');
  return git(root, 'status', '--porcelain', '--untracked-files=no')
    ? `${commit} + uncommitted changes`
    : commit;
}

/** Removes the node_modules link first, so nothing can follow it into the real node_modules. */
function unlinkNodeModules(dir: string): void {
  const link = join(dir, 'node_modules');
  if (existsSync(link) && lstatSync(link).isSymbolicLink()) unlinkSync(link);
}

export function removeTree(repo: string, dir: string): void {
  if (!existsSync(dir)) return;
  unlinkNodeModules(dir);
  try {
    git(repo, 'worktree', 'remove', '--force', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    git(repo, 'worktree', 'prune');
  }
}

/**
 * The working tree itself for `worktree`; otherwise `git worktree add --detach` of the ref under
 * /tmp, with this tree's node_modules linked in (the baseline builds with today's packages).
 */
export function prepareTree(repo: string, label: SourceTree['label'], ref: string): SourceTree {
  if (ref === 'worktree') return { label, ref, root: repo, commit: describeCommit(repo), temporary: null };
  const dir = `/tmp/map-ab-${label}`;
  removeTree(repo, dir);
  git(repo, 'worktree', 'add', '--detach', dir, ref);
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { label, ref, root: dir, commit: describeCommit(dir), temporary: dir };
}

/**
 * `vite build --outDir` of one tree; with `apiBase` the build reads that API, without it the
 * build's own static sample API (dist/api). The build's output goes to `<outDir>.log`.
 */
export function viteBuild(tree: SourceTree, outDir: string, apiBase: string | null): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.VITE_API_BASE_URL;
  delete env.VITE_MOCK_API;
  if (apiBase) env.VITE_API_BASE_URL = apiBase;
  const log = openSync(`${outDir}.log`, 'w');
  try {
    const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: tree.root,
      env,
      stdio: ['ignore', log, log],
    });
    if (result.status !== 0) throw new Error(`vite build of the ${tree.label} failed, see ${outDir}.log`);
  } finally {
    closeSync(log);
  }
}

/** The content-hashed script and style files of a build (source maps left out). */
const assetNames = (outDir: string) =>
  readdirSync(join(outDir, 'assets'))
    .filter((f) => /\.(js|mjs|css)$/.test(f))
    .sort();

/** True when both builds ship the same code: the run is then an A/A calibration. */
export const sameAssets = (a: string, b: string) => assetNames(a).join('\n') === assetNames(b).join('\n');
