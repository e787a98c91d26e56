import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * What a self-hosted basemap needs around the app in an e2e test: a tile host that serves a
 * PMTiles archive as a static file host must (byte ranges, CORS), and the app built with
 * `VITE_BASEMAP_PMTILES_URL` pointing at it, under `vite preview` in an output folder of its own.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ArchiveHost {
  /** The archive's URL, e.g. `http://127.0.0.1:41234/mitteldeutschland.pmtiles`. */
  url: string;
  /** `missing`: every request answers 404 (the archive is gone). */
  mode: 'serve' | 'missing';
  /** Range requests answered with 206 so far. */
  rangeRequests: number;
  close: () => Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Range',
  'Access-Control-Expose-Headers': 'Content-Range, Content-Length, ETag',
};

/** Serves `archive` at `/<name>` on 127.0.0.1 with Range (206 + Content-Range) and CORS. */
export async function hostArchive(archive: Uint8Array, name: string): Promise<ArchiveHost> {
  const etag = `"${archive.length.toString(16)}"`;
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
    if (host.mode === 'missing' || req.url !== `/${name}`) return res.writeHead(404, CORS).end();
    const headers = {
      ...CORS,
      'Content-Type': 'application/vnd.pmtiles',
      ETag: etag,
      'Accept-Ranges': 'bytes',
    };
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range) return res.writeHead(200, { ...headers, 'Content-Length': archive.length }).end(archive);
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : archive.length - 1, archive.length - 1);
    if (start >= archive.length)
      return res.writeHead(416, { ...CORS, 'Content-Range': `bytes */${archive.length}` }).end();
    host.rangeRequests += 1;
    res
      .writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${archive.length}`,
        'Content-Length': end - start + 1,
      })
      .end(archive.subarray(start, end + 1));
  };
  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host: ArchiveHost = {
    url: `http://127.0.0.1:${port}/${name}`,
    mode: 'serve',
    rangeRequests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return host;
}

function run(command: string, args: string[], env: Record<string, string>, detached = false) {
  return spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
}

/** `vite build` into `outDir` with these variables (as `npm run build` does: NODE_ENV=production). */
export async function buildApp(outDir: string, env: Record<string, string>): Promise<void> {
  const child = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    ...env,
    NODE_ENV: 'production',
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-10_000)));
  child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-10_000)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${output}`);
}

/** `vite preview` of `outDir` on a free port; resolves with its URL and a stop function. */
export async function previewApp(outDir: string): Promise<{ url: string; stop: () => void }> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const child: ChildProcess = run(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {},
    true,
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`vite preview of ${outDir} did not answer`);
}
