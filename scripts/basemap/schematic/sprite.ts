import { crc32, deflateSync } from 'node:zlib';

/**
 * The basemap's sprite: one stretchable Autobahn shield (blue, white rim, rounded corners),
 * drawn here pixel by pixel and written as PNG at 1x and 2x, so the style needs no image tool
 * and no network.
 */
export const SHIELD_ID = 'motorway-shield';
const BLUE = [0x1d, 0x4f, 0x91];
const SIZE = 18;

function pixelsAt(scale: number): Uint8Array {
  const n = SIZE * scale;
  const r = 4 * scale;
  const rim = 1.2 * scale;
  const rgba = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      // Signed distance to the rounded rectangle's edge (negative inside).
      const dx = Math.max(r - (x + 0.5), x + 0.5 - (n - r), 0);
      const dy = Math.max(r - (y + 0.5), y + 0.5 - (n - r), 0);
      const dist = Math.hypot(dx, dy) - r;
      const alpha = Math.min(1, Math.max(0, 0.5 - dist));
      const inner = Math.min(1, Math.max(0, 0.5 - (dist + rim)));
      const o = (y * n + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(255 * (1 - inner) + BLUE[c]! * inner);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  return rgba;
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `{ png, json }` for `sprite.png`/`sprite.json` (scale 1) and `sprite@2x.*` (scale 2). */
export function shieldSprite(scale: 1 | 2) {
  const n = SIZE * scale;
  const s = (v: number) => v * scale;
  return {
    png: encodePng(n, n, pixelsAt(scale)),
    json: {
      [SHIELD_ID]: {
        x: 0,
        y: 0,
        width: n,
        height: n,
        pixelRatio: scale,
        stretchX: [[s(6), s(12)]],
        stretchY: [[s(6), s(12)]],
        content: [s(3), s(3), s(15), s(15)],
      },
    },
  };
}
