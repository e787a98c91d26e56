// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

/** A JSON text that compresses well, like an items page of the static API. */
const featureText = (n: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      id: `gf-${i}`,
      properties: { name: `Gewerbefläche ${i} – Größe`, state: 'SN', area_m2: 1000 + i },
      geometry: { type: 'Point', coordinates: [12.37 + i / 1000, 51.34] },
    })),
  });

describe('precompressing a built folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'api/collections/plots'), { recursive: true });
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'api/collections/plots/items-1.json'), featureText(200));
    writeFileSync(
      join(dir, 'assets/app-abc123.js'),
      `export const x = ${JSON.stringify(featureText(50))};\n`,
    );
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>Standort</p>'.repeat(100)}`);
    writeFileSync(join(dir, 'api/index.json'), '{"links":[]}'); // below 1 KB
    writeFileSync(join(dir, 'assets/random.json'), randomBytes(8192)); // does not shrink
    writeFileSync(join(dir, 'assets/font.woff2'), Buffer.alloc(4096)); // not a compressible type
    writeFileSync(join(dir, 'assets/app-abc123.js.map'), featureText(50)); // excluded below
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz siblings that decompress to the identical bytes', async () => {
    await precompressDir(dir, { exclude: (f) => f.endsWith('.map') });
    for (const file of ['api/collections/plots/items-1.json', 'assets/app-abc123.js', 'index.html']) {
      const raw = readFileSync(join(dir, file));
      const br = readFileSync(join(dir, `${file}.br`));
      const gz = readFileSync(join(dir, `${file}.gz`));
      expect(brotliDecompressSync(br).equals(raw), `${file}.br round trip`).toBe(true);
      expect(gunzipSync(gz).equals(raw), `${file}.gz round trip`).toBe(true);
      expect(br.length, file).toBeLessThan(raw.length / 4);
    }
  });

  it('skips files under 1 KB, files that do not shrink, fonts and excluded files', async () => {
    const report = await precompressDir(dir, { exclude: (f) => f.endsWith('.map') });
    for (const file of [
      'api/index.json',
      'assets/random.json',
      'assets/font.woff2',
      'assets/app-abc123.js.map',
    ]) {
      expect(existsSync(join(dir, `${file}.br`)), `${file}.br`).toBe(false);
      expect(existsSync(join(dir, `${file}.gz`)), `${file}.gz`).toBe(false);
    }
    expect(report.map((r) => r.file)).toEqual([
      'api/collections/plots/items-1.json',
      'assets/app-abc123.js',
      'index.html',
    ]);
    const page = report[0]!;
    expect(page.raw).toBe(readFileSync(join(dir, page.file)).length);
    expect(page.br).toBe(readFileSync(join(dir, `${page.file}.br`)).length);
    expect(page.gzip).toBe(readFileSync(join(dir, `${page.file}.gz`)).length);
  });
});
