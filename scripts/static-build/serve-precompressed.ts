import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/**
 * Serves the `.br`/`.gz` siblings written by precompress.ts with `Content-Encoding`, as nginx
 * `brotli_static`/`gzip_static` would. `vite preview` (Vite 8.3) does not: its sirv instance
 * is created without the `brotli`/`gzip` options, and its compression middleware
 * (@polka/compression) gzips per request and never brotli. This middleware runs before both.
 */

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.html': 'text/html;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain;charset=utf-8',
  '.md': 'text/markdown;charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.pbf': 'application/x-protobuf',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The encodings a request accepts, best first (`br` before `gzip`; `q=0` refuses). */
export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[] {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    if (name && !refused) accepted.add(name.trim());
  }
  return (['br', 'gzip'] as const).filter((e) => accepted.has(e));
}

/** The precompressed file to send for a URL path, or null (then the next middleware answers). */
export function precompressedFor(
  root: string,
  urlPath: string,
  acceptEncoding: string | undefined,
): { path: string; encoding: 'br' | 'gzip'; type: string; size: number } | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const type = TYPES[extname(pathname).toLowerCase()];
  if (!type) return null;
  const base = resolve(root);
  const file = resolve(base, `.${pathname}`);
  if (!file.startsWith(base + sep)) return null;
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const path = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    try {
      const stats = statSync(path);
      if (stats.isFile()) return { path, encoding, type, size: stats.size };
    } catch {
      // no sibling with this encoding
    }
  }
  return null;
}

/** Connect-style middleware over `root` (the built dist/). */
export function servePrecompressed(root: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const found = precompressedFor(root, req.url ?? '/', req.headers['accept-encoding']);
    if (!found) return next();
    res.statusCode = 200;
    res.setHeader('Content-Type', found.type);
    res.setHeader('Content-Encoding', found.encoding);
    res.setHeader('Content-Length', found.size);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.path).pipe(res);
  };
}
