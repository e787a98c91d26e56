import type { CsvCell, CsvDialect } from './csv-writer';

/**
 * The CSV writer's hot path: writes cells straight into UTF-8 bytes, with the same rules and the
 * same bytes as {@link ./csv-writer.ts} (RFC 4180 quoting, formula guard, decimal mark) encoded
 * like a Blob encodes a string. No per-cell strings, no row joins, nothing to re-encode: a 100,000-row
 * export was ~1 s of string building and GC before (docs/performance.md, "CSV export").
 */

const QUOTE = 0x22;
const GUARD = 0x27; // '
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;

const SPACE = 0x20;
const TAB = 0x09;

/** `=`, `+`, `-`, `@`, tab, carriage return (OWASP CSV injection). */
const isFormulaStart = (c: number) =>
  c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === TAB || c === CR;

/** ASCII that makes a text cell quoted: `,`, `;`, tab, `"`, CR, LF (both dialects' separators). */
const NEEDS_QUOTES = new Uint8Array(128);
for (const c of [0x2c, 0x3b, TAB, QUOTE, CR, LF]) NEEDS_QUOTES[c] = 1;
/** Where a foreign separator, tab or line break would start a new cell: `,`, `;`, tab, CR, LF. */
const isPieceBoundary = (c: number) => c === 0x2c || c === 0x3b || c === TAB || c === CR || c === LF;

/** Whether the piece of `text` from `at` reads as a formula (looking past spaces and `"`). */
function formulaAt(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  while (c === SPACE || c === QUOTE) c = text.charCodeAt(++at);
  return isFormulaStart(c);
}

/** Powers of ten for the decimal fast path (finite decimals with up to 6 places). */
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const MAX_FAST_DECIMAL = 1e9;

export class CsvByteWriter {
  private buf: Uint8Array<ArrayBuffer>;
  private pos = 0;
  private readonly sep: number;
  private readonly decimal: number;

  /** Bytes to allocate when a buffer is (re)started. */
  private readonly capacity: number;

  constructor(dialect: CsvDialect, initialBytes = 1 << 16) {
    this.capacity = Math.max(64, initialBytes);
    this.buf = new Uint8Array(this.capacity);
    this.sep = dialect.separator.charCodeAt(0);
    this.decimal = dialect.decimal.charCodeAt(0);
  }

  /** The bytes written so far (a view, not a copy); the writer starts over empty. */
  take(): Uint8Array<ArrayBuffer> {
    const out = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(0); // the next write allocates a fresh buffer
    this.pos = 0;
    return out;
  }

  /**
   * The bytes written since the last call, as a view into the writer's own buffer, which the
   * next write reuses: copy it (a Blob does) before writing on. One buffer for a whole export
   * keeps 35 MB of short-lived buffers away from the garbage collector.
   */
  drain(): Uint8Array<ArrayBuffer> {
    const out = this.buf.subarray(0, this.pos);
    this.pos = 0;
    return out;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.capacity, this.buf.length * 2, this.pos + bytes));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  bom(): void {
    this.reserve(3);
    this.buf[this.pos++] = 0xef;
    this.buf[this.pos++] = 0xbb;
    this.buf[this.pos++] = 0xbf;
  }

  separator(): void {
    this.reserve(1);
    this.buf[this.pos++] = this.sep;
  }

  /** `count` separators in a row (the empty cells of columns a kind does not have). */
  separators(count: number): void {
    this.reserve(count);
    for (let i = 0; i < count; i++) this.buf[this.pos++] = this.sep;
  }

  eol(): void {
    this.reserve(2);
    this.buf[this.pos++] = CR;
    this.buf[this.pos++] = LF;
  }

  boolean(value: boolean): void {
    this.ascii(value ? 'true' : 'false');
  }

  /** Any cell, as `formatCsvCell` writes it: `null` empty, numbers as numbers, text guarded and quoted. */
  cell(value: CsvCell): void {
    if (value === null) return;
    if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.boolean(value);
    else this.text(value);
  }

  /** A string known to be ASCII and safe (no separator, quote, line break, formula start). */
  private ascii(text: string): void {
    const n = text.length;
    this.reserve(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = text.charCodeAt(i);
    this.pos = p;
  }

  /** A number, never quoted: as `String(value)` with the dialect's decimal mark, '' if not finite. */
  number(value: number): void {
    if (Number.isInteger(value)) {
      if (value >= 0 && value <= 0x3fffffff) this.digits(value);
      else this.numberText(String(value));
      return;
    }
    if (!Number.isFinite(value)) return;
    const abs = Math.abs(value);
    if (abs < MAX_FAST_DECIMAL) {
      // The shortest decimal with up to 6 places that reads back as `value` is what String() writes:
      // below 1e9 two such decimals are further apart than a double's precision, so it is unique.
      for (let places = 1; places <= 6; places++) {
        const scale = POW10[places]!;
        const scaled = Math.round(abs * scale);
        if (scaled / scale !== abs) continue;
        const whole = Math.floor(scaled / scale);
        let fraction = scaled - whole * scale;
        this.reserve(places + 2);
        if (value < 0) this.buf[this.pos++] = 0x2d;
        this.digits(whole);
        this.reserve(places + 1);
        const buf = this.buf;
        buf[this.pos] = this.decimal;
        for (let i = places; i >= 1; i--) {
          buf[this.pos + i] = 0x30 + (fraction % 10);
          fraction = Math.floor(fraction / 10);
        }
        this.pos += places + 1;
        return;
      }
    }
    this.numberText(String(value));
  }

  /** A non-negative integer below 2^30. */
  private digits(value: number): void {
    let width = 1;
    for (let v = value; v >= 10; v = (v / 10) | 0) width++;
    this.reserve(width);
    const buf = this.buf;
    let p = this.pos + width;
    this.pos = p;
    let v = value;
    do {
      buf[--p] = 0x30 + (v % 10);
      v = (v / 10) | 0;
    } while (v > 0);
  }

  /** `String(number)` output (digits, sign, `.`, `e`): the dialect's decimal mark for `.`. */
  private numberText(text: string): void {
    const n = text.length;
    this.reserve(n);
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      buf[this.pos++] = c === DOT ? this.decimal : c;
    }
  }

  /**
   * A text cell: formula guard, RFC 4180 quoting when needed, UTF-8 (lone surrogates as U+FFFD).
   * Only a quoted cell can hold a piece boundary, so only the quoted pass guards pieces after one.
   */
  text(text: string): void {
    const n = text.length;
    if (n === 0) return;
    // Worst case per UTF-16 unit: 3 bytes (a doubled quote or a guarded boundary is 2); plus guard
    // and two quotes.
    this.reserve(3 * n + 3);
    const start = this.pos;
    const guarded = formulaAt(text, 0);
    if (guarded) this.buf[this.pos++] = GUARD;
    if (this.encode(text, false)) return;
    // A separator, tab, quote or line break: write it again, quoted, with quotes doubled.
    this.pos = start;
    this.buf[this.pos++] = QUOTE;
    if (guarded) this.buf[this.pos++] = GUARD;
    this.encode(text, true);
    this.buf[this.pos++] = QUOTE;
  }

  /**
   * UTF-8 of `text` at the current position. Unquoted, it stops and returns false at the first
   * character that needs quotes; quoted, it doubles `"`, guards the piece after each boundary and
   * always returns true.
   */
  private encode(text: string, quoted: boolean): boolean {
    const buf = this.buf;
    const n = text.length;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (NEEDS_QUOTES[c] === 1) {
          if (!quoted) return false;
          if (c === QUOTE) buf[p++] = QUOTE;
          else if (isPieceBoundary(c) && formulaAt(text, i + 1)) {
            buf[p++] = c;
            buf[p++] = GUARD;
            continue;
          }
        }
        buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
        } else {
          buf[p++] = 0xef; // U+FFFD for a lone surrogate, as TextEncoder and Blob write it
          buf[p++] = 0xbf;
          buf[p++] = 0xbd;
        }
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
    return true;
  }
}
