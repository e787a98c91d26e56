// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, precompressedFor, servePrecompressed } from './serve-precompressed';

describe('choosing a precompressed sibling', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'serve-precompressed-'));
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api/items-1.json'), '{}');
    writeFileSync(join(dir, 'api/items-1.json.br'), 'BR');
    writeFileSync(join(dir, 'api/items-1.json.gz'), 'GZIP');
    writeFileSync(join(dir, 'worker.mjs.gz'), 'GZIP');
    writeFileSync(join(dir, 'index.html.br'), 'BR');
    writeFileSync(join(dir, 'secret.json.br'), 'BR');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads Accept-Encoding: brotli before gzip, q=0 refuses', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('picks the best sibling that exists, with the type of the original file', () => {
    expect(precompressedFor(dir, '/api/items-1.json?x=1', 'gzip, br')).toMatchObject({
      encoding: 'br',
      type: 'application/json',
      path: join(dir, 'api/items-1.json.br'),
    });
    expect(precompressedFor(dir, '/api/items-1.json', 'gzip')?.encoding).toBe('gzip');
    expect(precompressedFor(dir, '/worker.mjs', 'br, gzip')).toMatchObject({
      encoding: 'gzip',
      type: 'text/javascript',
    });
    expect(precompressedFor(dir, '/', 'br')?.path).toBe(join(dir, 'index.html.br'));
  });

  it('falls through without an accepted encoding, a sibling, a known type, or outside the folder', () => {
    expect(precompressedFor(dir, '/api/items-1.json', undefined)).toBeNull();
    expect(precompressedFor(dir, '/api/items-2.json', 'br, gzip')).toBeNull();
    expect(precompressedFor(dir, '/api/items-1.json.br', 'br')).toBeNull();
    expect(precompressedFor(`${dir}/api`, '/../secret.json', 'br')).toBeNull();
    expect(precompressedFor(`${dir}/api`, '/%2e%2e/secret.json', 'br')).toBeNull();
    expect(precompressedFor(`${dir}/api`, '/..%2fsecret.json', 'br')).toBeNull();
  });

  describe('over HTTP', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      const serve = servePrecompressed(dir);
      server = createServer((req, res) =>
        serve(req, res, () => {
          res.statusCode = 404;
          res.end('next');
        }),
      );
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const fetchRaw = (path: string, acceptEncoding: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        get({ port, host: '127.0.0.1', path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        }).on('error', reject);
      });

    it('sends the sibling with Content-Encoding and Vary, or hands on to the next middleware', async () => {
      const br = await fetchRaw('/api/items-1.json', 'gzip, br');
      expect(br).toMatchObject({ status: 200, body: 'BR' });
      expect(br.headers).toMatchObject({
        'content-encoding': 'br',
        'content-type': 'application/json',
        vary: 'Accept-Encoding',
        'content-length': '2',
      });
      expect((await fetchRaw('/api/items-1.json', 'gzip')).headers['content-encoding']).toBe('gzip');
      expect(await fetchRaw('/api/items-1.json', 'identity')).toMatchObject({ status: 404, body: 'next' });
    });
  });
});
