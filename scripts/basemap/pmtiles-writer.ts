import { zxyToTileId } from 'pmtiles';

/**
 * A small PMTiles v3 writer for tests and scripts: one root directory (no leaf directories),
 * nothing compressed inside the archive, tiles stored in tile-id order (clustered). Runs of
 * identical neighbouring tiles share one copy (run-length), and so do repeated tiles elsewhere.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** 1 = MVT vector tiles. */
  tileType?: number;
  metadata?: Record<string, unknown>;
}

export const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB at once: header and root directory must fit into it. */
export const ROOT_DIRECTORY_MAX_BYTES = 16_384 - HEADER_BYTES;
const COMPRESSION_NONE = 1;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** The archive's bytes for these tiles. */
export function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const { entries, data, contents } = layOut(tiles);
  const directory = encodeDirectory(entries);
  if (directory.length > ROOT_DIRECTORY_MAX_BYTES)
    throw new Error(`root directory of ${directory.length} bytes: too many tiles for this writer`);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata ?? {}));
  const zooms = tiles.map((t) => t.z);
  const layout = {
    rootOffset: HEADER_BYTES,
    rootLength: directory.length,
    metadataOffset: HEADER_BYTES + directory.length,
    metadataLength: metadata.length,
    dataOffset: HEADER_BYTES + directory.length + metadata.length,
    dataLength: data.length,
  };
  const header = encodeHeader(options, layout, {
    addressed: entries.reduce((n, e) => n + e.runLength, 0),
    entries: entries.length,
    contents,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
  });
  return concat([header, directory, metadata, data]);
}

/** Entries in tile-id order; one copy per distinct tile content. */
function layOut(tiles: readonly ArchiveTile[]) {
  const sorted = tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const chunks: Uint8Array[] = [];
  const offsetOf = new Map<string, number>();
  let size = 0;
  for (const tile of sorted) {
    const key = contentKey(tile.data);
    const last = entries.at(-1);
    if (last && last.tileId + last.runLength === tile.id && offsetOf.get(key) === last.offset) {
      last.runLength += 1;
      continue;
    }
    let offset = offsetOf.get(key);
    if (offset === undefined) {
      offset = size;
      offsetOf.set(key, offset);
      chunks.push(tile.data);
      size += tile.data.length;
    }
    entries.push({ tileId: tile.id, offset, length: tile.data.length, runLength: 1 });
  }
  return { entries, data: concat(chunks), contents: chunks.length };
}

/** Equal bytes, equal key (exact, not a hash: the archives written here are small). */
const contentKey = (data: Uint8Array) => `${data.length}:${Array.from(data).join(',')}`;

/** Column by column, varint-encoded; ids as deltas; an offset that follows on as 0. */
export function encodeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    const follows = previous !== undefined && e.offset === previous.offset + previous.length;
    writeVarint(out, follows ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** Unsigned LEB128 for numbers up to 2^53 (plain arithmetic: bit operators stop at 2^31). */
export function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface Layout {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  dataOffset: number;
  dataLength: number;
}

interface Counts {
  addressed: number;
  entries: number;
  contents: number;
  minZoom: number;
  maxZoom: number;
}

/** The fixed 127-byte header (little-endian). */
function encodeHeader(options: ArchiveOptions, l: Layout, c: Counts): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true);
  [
    l.rootOffset,
    l.rootLength,
    l.metadataOffset,
    l.metadataLength,
    l.dataOffset, // leaf directories: none, so an empty section where the tile data starts
    0,
    l.dataOffset,
    l.dataLength,
    c.addressed,
    c.entries,
    c.contents,
  ].forEach((v, i) => u64(8 + 8 * i, v));
  bytes[96] = 1; // clustered: tile data in tile-id order
  bytes[97] = COMPRESSION_NONE; // internal (directories, metadata)
  bytes[98] = COMPRESSION_NONE; // tiles
  bytes[99] = options.tileType ?? 1;
  bytes[100] = c.minZoom;
  bytes[101] = c.maxZoom;
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  const [west, south, east, north] = options.bounds;
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  const [lon, lat, zoom] = options.center;
  bytes[118] = zoom;
  e7(119, lon);
  e7(123, lat);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
