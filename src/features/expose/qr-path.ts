import qrcode from 'qrcode-generator';

/** A QR code as one SVG path of its dark modules, in a view box of `size` modules (quiet zone included). */
export interface QrDrawing {
  size: number;
  d: string;
}

const QUIET_ZONE = 4;

/** One row's runs of dark modules as rectangles. */
function rowPath(isDark: (col: number) => boolean, count: number, y: number): string {
  let d = '';
  for (let col = 0; col < count;) {
    if (!isDark(col)) {
      col++;
      continue;
    }
    const start = col;
    while (col < count && isDark(col)) col++;
    const run = col - start;
    d += `M${start + QUIET_ZONE} ${y}h${run}v1h-${run}z`;
  }
  return d;
}

/** The smallest QR code (error correction M) that holds `text`, as SVG path data. */
export function qrDrawing(text: string): QrDrawing {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) d += rowPath((col) => qr.isDark(row, col), count, row + QUIET_ZONE);
  return { size: count + 2 * QUIET_ZONE, d };
}
