import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes precompressed siblings (`file.br`, `file.gz`) next to the compressible files of a
 * built folder, so hosts that serve them (nginx `gzip_static`/`brotli_static`, Netlify,
 * Cloudflare Pages, the preview server of this project) need not compress per request.
 *
 * A file gets a sibling only when it is at least `minBytes` long and that encoding makes it
 * smaller; fonts (woff2 is brotli already) and images are left alone.
 */

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text-like files that shrink: code, styles, JSON (API pages, basemap), markup, vector tiles. */
export const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.html',
  '.svg',
  '.txt',
  '.md',
  '.xml',
  '.webmanifest',
  '.pbf',
  '.ttf',
  '.otf',
]);

export const MIN_BYTES = 1024;

export interface CompressedFile {
  /** Path relative to the folder, with `/`. */
  file: string;
  raw: number;
  /** Bytes of the `.gz` sibling, or null when gzip did not make the file smaller. */
  gzip: number | null;
  /** Bytes of the `.br` sibling, or null when brotli did not make the file smaller. */
  br: number | null;
}

export interface PrecompressOptions {
  minBytes?: number;
  /** Leaves out files whose path (relative, with `/`) matches, e.g. source maps. */
  exclude?: (file: string) => boolean;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export const isCompressible = (file: string) => COMPRESSIBLE.has(extname(file).toLowerCase());

/** Compresses one buffer both ways at the highest levels (the work is done once, at build time). */
export async function compressBoth(raw: Buffer): Promise<{ gzip: Buffer; br: Buffer }> {
  const [gzipped, brotlied] = await Promise.all([
    gz(raw, { level: 9 }),
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  ]);
  return { gzip: gzipped, br: brotlied };
}

async function precompressFile(dir: string, path: string): Promise<CompressedFile> {
  const raw = await readFile(path);
  const packed = await compressBoth(raw);
  const entry: CompressedFile = { file: relativeName(dir, path), raw: raw.length, gzip: null, br: null };
  if (packed.gzip.length < raw.length) {
    await writeFile(`${path}.gz`, packed.gzip);
    entry.gzip = packed.gzip.length;
  }
  if (packed.br.length < raw.length) {
    await writeFile(`${path}.br`, packed.br);
    entry.br = packed.br.length;
  }
  return entry;
}

const relativeName = (dir: string, path: string) => relative(dir, path).split('\\').join('/');

/** Writes `.gz` and `.br` siblings in `dir` and returns what it wrote, largest files first. */
export async function precompressDir(
  dir: string,
  options: PrecompressOptions = {},
): Promise<CompressedFile[]> {
  const minBytes = options.minBytes ?? MIN_BYTES;
  const todo: string[] = [];
  for await (const path of filesUnder(dir)) {
    const file = relativeName(dir, path);
    if (!isCompressible(file) || options.exclude?.(file)) continue;
    if ((await stat(path)).size >= minBytes) todo.push(path);
  }
  // zlib works on libuv's thread pool (4 threads): keep it busy, largest files first.
  const done: CompressedFile[] = [];
  const worker = async () => {
    for (let path = todo.shift(); path !== undefined; path = todo.shift())
      done.push(await precompressFile(dir, path));
  };
  await Promise.all([worker(), worker()]);
  return done
    .filter((e) => e.gzip !== null || e.br !== null)
    .sort((a, b) => b.raw - a.raw || a.file.localeCompare(b.file));
}
