/**
 * A tiny reverse proxy that adds CORS headers to an OGC API server which sends none.
 *
 * QGIS Server (3.x, `qgis_mapserver`) answers `/wfs3` without `Access-Control-Allow-Origin`
 * and answers a CORS preflight (`OPTIONS`) with 500, so a browser app on another origin cannot
 * read it. This proxy forwards GET and HEAD to the server with the proxy's own `Host`, so the
 * absolute links QGIS writes (it builds them from `Host`) point back through the proxy; it adds
 * `Access-Control-Allow-Origin: *` (public read-only data) and answers preflights itself.
 * In production the same two lines belong in the web server in front of QGIS Server (see
 * README, "Your own data on a real OGC API – Features server").
 *
 * usage: tsx scripts/interop/cors-proxy.ts --target http://127.0.0.1:<qgis port> --port <port>
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { target: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
});
if (!values.target || !values.port) {
  console.error(
    'usage: tsx scripts/interop/cors-proxy.ts --target <origin> --port <port> [--host 127.0.0.1]',
  );
  process.exit(2);
}
const target = new URL(values.target);
const host = values.host ?? '127.0.0.1';
const port = Number(values.port);

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, Content-Type',
};

const withoutHost = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'host'));

const server = createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      'access-control-max-age': '600',
    });
    return res.end();
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...CORS, allow: 'GET, HEAD, OPTIONS' });
    return res.end();
  }
  const upstream = request(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      // Spelled `Host`: QGIS Server 3.x ignores a lower-case `host` (Node's spelling in
      // req.headers) and then writes links to its own address.
      headers: { ...withoutHost(req.headers), Host: req.headers.host ?? `${host}:${port}` },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...CORS });
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    res.writeHead(502, { ...CORS, 'content-type': 'text/plain' });
    res.end(`proxy: ${error.message}`);
  });
  req.pipe(upstream);
});

server.listen(port, host, () => console.log(`CORS proxy http://${host}:${port} → ${target.origin}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
