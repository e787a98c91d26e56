import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type {} from './urls';

/**
 * Builds the app, starts `vite preview` and `npm run api` on free ports, hands their URLs
 * to the specs (`inject('appUrl')`, `inject('apiUrl')`) and stops both afterwards.
 *
 * - `E2E_SKIP_BUILD=1`: use the existing dist/ (CI builds before).
 * - `E2E_APP_URL` / `E2E_API_URL`: use an already running app / API landing page instead.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const OUTPUT_LIMIT = 20_000;

interface Server {
  name: string;
  child: ChildProcess;
  output: () => string;
}

const running = new Set<Server>();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts a command in its own process group (so the whole tree can be stopped). */
function start(name: string, command: string, args: string[], env: Record<string, string> = {}): Server {
  let output = '';
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`\n[spawn error] ${error.message}\n`)));
  const server = { name, child, output: () => output };
  running.add(server);
  return server;
}

function killGroup(server: Server, signal: NodeJS.Signals): void {
  const pid = server.child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function stop(server: Server): Promise<void> {
  running.delete(server);
  if (hasExited(server.child)) {
    killGroup(server, 'SIGKILL'); // grandchildren may outlive the group leader
    return;
  }
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  killGroup(server, 'SIGTERM');
  const timer = setTimeout(() => killGroup(server, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  killGroup(server, 'SIGKILL');
}

// Last resort if Vitest is interrupted before teardown runs.
process.once('exit', () => running.forEach((server) => killGroup(server, 'SIGKILL')));

async function waitUntilAnswering(server: Server, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (hasExited(server.child)) {
      throw new Error(
        `${server.name} exited (code ${server.child.exitCode ?? server.child.signalCode}) ` +
          `before answering ${url}. Its output:\n${server.output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${server.name} did not answer ${url} within ${START_TIMEOUT_MS / 1000} s (${lastProblem}). ` +
      `Its output:\n${server.output()}`,
  );
}

function build(): void {
  console.log('[e2e] building the app: npx vite build');
  // Vitest sets NODE_ENV=test, with which Vite would build a DEV bundle: build as `npm run build` does.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npx vite build failed (exit code ${result.status})`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: Server[] = [];
  const teardown = async () => {
    await Promise.all(started.map(stop));
  };
  try {
    let appUrl = process.env.E2E_APP_URL?.replace(/\/+$/, '');
    if (!appUrl) {
      if (process.env.E2E_SKIP_BUILD !== '1') build();
      const port = await freePort();
      const preview = start('vite preview', 'npx', [
        'vite',
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ]);
      started.push(preview);
      appUrl = `http://127.0.0.1:${port}`;
      await waitUntilAnswering(preview, `${appUrl}/`);
    }

    let apiUrl = process.env.E2E_API_URL?.replace(/\/+$/, '');
    if (!apiUrl) {
      const port = await freePort();
      const api = start('npm run api', 'npm', ['run', 'api', '--', '--port', String(port)], {
        PORT: String(port),
      });
      started.push(api);
      apiUrl = `http://127.0.0.1:${port}/api`;
      await waitUntilAnswering(api, apiUrl);
    }

    console.log(`[e2e] app ${appUrl} · api ${apiUrl}`);
    project.provide('appUrl', appUrl);
    project.provide('apiUrl', apiUrl);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
