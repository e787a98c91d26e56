import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleDataset, type Dataset } from '../../mocks/dataset';
import { CORS_HEADERS, errorResponse, handleOgcRequest, normalizeBasePath } from '../../mocks/ogc-api';
import { DEFAULT_BASE_PATH } from '../../mocks/ogc-api/routes';
import { ATOM_TYPE } from '../feeds/atom';
import { buildFeeds } from '../feeds/sample-feeds';

export interface ApiServerOptions {
  dataset?: Dataset;
  /** Default `/api`. */
  basePath?: string;
  /** One line per request; default console.log. Pass `() => {}` to silence. */
  log?: (line: string) => void;
  /** The app's public address for the feeds' links (default `VITE_PUBLIC_URL`; unset: relative). */
  publicUrl?: string | undefined;
}

export interface ListenOptions extends ApiServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. Default 8787. */
  port?: number;
}

export interface RunningApiServer {
  server: Server;
  port: number;
  /** Absolute URL of the landing page, e.g. http://127.0.0.1:8787/api */
  landingUrl: string;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  head: boolean,
) {
  const text = body === null || body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...headers, ...(text ? { 'Content-Length': Buffer.byteLength(text) } : {}) });
  res.end(head ? undefined : text);
}

/** A plain `node:http` server answering every request through the shared OGC core. */
export function createApiServer(options: ApiServerOptions = {}): Server {
  const dataset = options.dataset ?? sampleDataset;
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const log = options.log ?? ((line: string) => console.log(line));
  // The same Atom feeds as the static build writes, at /feeds/… beside the API.
  const feeds = buildFeeds(dataset, options.publicUrl ?? process.env.VITE_PUBLIC_URL);

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    res.on('finish', () => {
      const ms = Math.round(performance.now() - started);
      log(`${new Date().toISOString()} ${method} ${req.url ?? ''} ${res.statusCode} ${ms}ms`);
    });
    const host = req.headers.host ?? `127.0.0.1:${(req.socket.localPort ?? 0).toString()}`;
    const url = `http://${host}${req.url ?? '/'}`;
    const head = method === 'HEAD';
    try {
      if (basePath !== '' && (req.url === '/' || req.url === '') && (method === 'GET' || head)) {
        send(res, 302, { ...CORS_HEADERS, Location: basePath }, null, head);
        return;
      }
      const feed = feeds.get(new URL(url).pathname.slice(1));
      if (feed !== undefined && (method === 'GET' || head)) {
        const type = { 'Content-Type': `${ATOM_TYPE};charset=utf-8`, 'Cache-Control': 'no-cache' };
        res.writeHead(200, { ...CORS_HEADERS, ...type, 'Content-Length': Buffer.byteLength(feed) });
        res.end(head ? undefined : feed);
        return;
      }
      const answer = handleOgcRequest(dataset, { method, url }, { basePath });
      send(res, answer.status, answer.headers, answer.body, head);
    } catch (error) {
      const answer = errorResponse(500, 'ServerError', (error as Error).message);
      send(res, answer.status, answer.headers, answer.body, head);
    }
  });
}

/** Creates the server and listens; resolves once it accepts connections. */
export async function startApiServer(options: ListenOptions = {}): Promise<RunningApiServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createApiServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port,
    landingUrl: `http://${urlHost}:${port.toString()}${basePath || '/'}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
