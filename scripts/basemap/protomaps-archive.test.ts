// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProtomapsArchive, MITTELDEUTSCHLAND_BBOX } from './protomaps-archive';
import { encodeDirectory, writePmtiles } from './pmtiles-writer';

const publicBasemap = fileURLToPath(new URL('../../public/basemap/', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'pmtiles-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Byte ranges of a file on disk, as a PMTiles source (the library's own sources are HTTP and browser Files). */
function fileSource(path: string): Source {
  const bytes = readFileSync(path);
  return {
    getKey: () => path,
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length),
    }),
  };
}

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

describe('a PMTiles archive of the offline basemap in the Protomaps schema', () => {
  const path = join(folder, 'test.pmtiles');
  const built = buildProtomapsArchive({ dir: publicBasemap });
  writeFileSync(path, built.archive);
  const archive = new PMTiles(fileSource(path));

  it('has a v3 header the pmtiles library reads: vector tiles, z5–z10, the bounds asked for', async () => {
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      minZoom: 5,
      maxZoom: 10,
      rootDirectoryOffset: 127,
      clustered: true,
      numTileEntries: expect.any(Number),
    });
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual(MITTELDEUTSCHLAND_BBOX);
    expect(header.numAddressedTiles).toBe(built.tiles);
    expect(header.numTileContents).toBeLessThanOrEqual(header.numTileEntries);
    expect(await archive.getMetadata()).toMatchObject({ vector_layers: expect.any(Array) });
  });

  it('serves a tile over Leipzig with land, borders and places, the city named', async () => {
    const [lon, lat] = [12.37, 51.34];
    // At z10 the tile around the city is too small to reach a border.
    for (const z of [5, 8, 10]) {
      const response = await archive.getZxy(z, lonToX(lon, z), latToY(lat, z));
      expect(response, `z${z}`).toBeDefined();
      const tile = new VectorTile(new PbfReader(new Uint8Array(response!.data)));
      const expected = z < 10 ? ['earth', 'boundaries', 'places'] : ['earth', 'places'];
      expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(expected));
      const places = tile.layers.places!;
      const names = Array.from({ length: places.length }, (_, i) => places.feature(i).properties.name);
      if (z === 8) expect(names).toContain('Leipzig');
    }
    const leipzig = await archive.getZxy(8, lonToX(lon, 8), latToY(lat, 8));
    const tile = new VectorTile(new PbfReader(new Uint8Array(leipzig!.data)));
    const places = tile.layers.places!;
    const city = Array.from({ length: places.length }, (_, i) => places.feature(i).properties).find(
      (p) => p.name === 'Leipzig',
    );
    expect(city).toMatchObject({ kind: 'locality', population_rank: expect.any(Number) });
  });

  it('has nothing outside its bounds', async () => {
    expect(await archive.getZxy(8, lonToX(6, 8), latToY(51, 8))).toBeUndefined();
  });
});

describe('the PMTiles writer', () => {
  it('stores a run of equal neighbouring tiles once, and repeated tiles once', async () => {
    const a = Uint8Array.of(1, 2, 3);
    const b = Uint8Array.of(9);
    // z1 holds tile ids 1–4 in Hilbert order: (0,0) (0,1) (1,1) (1,0).
    const bytes = writePmtiles(
      [
        { z: 1, x: 0, y: 0, data: a },
        { z: 1, x: 0, y: 1, data: a },
        { z: 1, x: 1, y: 1, data: b },
        { z: 1, x: 1, y: 0, data: a },
      ],
      { bounds: [-180, -85, 180, 85], center: [0, 0, 1] },
    );
    const path = join(folder, 'small.pmtiles');
    writeFileSync(path, bytes);
    const archive = new PMTiles(fileSource(path));
    const header = await archive.getHeader();
    expect(header).toMatchObject({ numAddressedTiles: 4, numTileEntries: 3, numTileContents: 2 });
    expect(new Uint8Array((await archive.getZxy(1, 0, 1))!.data)).toEqual(a);
    expect(new Uint8Array((await archive.getZxy(1, 1, 1))!.data)).toEqual(b);
    expect(new Uint8Array((await archive.getZxy(1, 1, 0))!.data)).toEqual(a);
  });

  it('writes directory offsets that follow on as 0', () => {
    const entries = [
      { tileId: 1, offset: 0, length: 3, runLength: 2 },
      { tileId: 3, offset: 3, length: 1, runLength: 1 },
      { tileId: 4, offset: 0, length: 3, runLength: 1 },
    ];
    // count; id deltas; run lengths; lengths; offsets (first +1, following 0, a jump back +1)
    expect(Array.from(encodeDirectory(entries))).toEqual([3, 1, 2, 1, 2, 1, 1, 3, 1, 3, 1, 0, 1]);
  });
});
