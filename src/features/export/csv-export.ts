import type { Site } from '@/lib/sites/site';
import { CsvByteWriter } from './csv-bytes';
import { CSV_TYPE } from '@/lib/download-file';
import type { CsvDialect } from './csv-writer';
import { csvHeader, writeExtraCells, type ExtraColumns } from './extra-columns';
import { writeSiteCells } from './site-columns';

/** Bytes per row to start a buffer with (the synthetic 100k set averages ~370). */
const ROW_BYTES_GUESS = 400;

function writeHeader(writer: CsvByteWriter, dialect: CsvDialect, extra?: ExtraColumns): void {
  if (dialect.bom) writer.bom();
  const columns = csvHeader(extra);
  for (let c = 0; c < columns.length; c++) {
    if (c > 0) writer.separator();
    writer.text(columns[c]!);
  }
  writer.eol();
}

function writeRecord(writer: CsvByteWriter, site: Site, appBaseUrl: string, extra?: ExtraColumns): void {
  writeSiteCells(writer, site, appBaseUrl);
  if (extra) writeExtraCells(writer, extra, site);
  writer.eol();
}

/** The whole CSV file of some sites as UTF-8 bytes (BOM, header, rows), ready for a Blob. */
export function sitesToCsvBytes(
  sites: readonly Site[],
  dialect: CsvDialect,
  appBaseUrl: string,
  extra?: ExtraColumns,
): Uint8Array<ArrayBuffer> {
  const writer = new CsvByteWriter(dialect, 4096 + sites.length * ROW_BYTES_GUESS);
  writeHeader(writer, dialect, extra);
  for (let i = 0; i < sites.length; i++) writeRecord(writer, sites[i]!, appBaseUrl, extra);
  return writer.take();
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The same file as one string (tests and small exports; the BOM stays as U+FEFF). */
export function sitesToCsv(
  sites: readonly Site[],
  dialect: CsvDialect,
  appBaseUrl: string,
  extra?: ExtraColumns,
): string {
  return decoder.decode(sitesToCsvBytes(sites, dialect, appBaseUrl, extra));
}

export interface ChunkedCsvOptions {
  /** Columns after the fixed header (the search's distance and fit); none by default. */
  extraColumns?: ExtraColumns;
  /** Called after each slice with the rows written so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Milliseconds of work per slice; between slices the page gets to paint and handle input. */
  sliceMs?: number;
  /** At most this many rows per slice (tests use 1). */
  maxSliceRows?: number;
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

type Scheduler = { yield?: () => Promise<void> };
/** `scheduler.yield()` where the browser has it (no 4 ms timer clamp), else a new task. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
/** Rows between two looks at the clock (~1 ms of work on the 2-vCPU machine). */
const ROWS_PER_CLOCK_CHECK = 200;

/**
 * The same file as a Blob, written in time slices (~`sliceMs` each) with a yield to the page
 * between them, so a 100,000-row export shows progress and never freezes the page. Each slice's
 * bytes go into a Blob part, and the writer reuses one buffer throughout.
 */
export async function sitesToCsvBlob(
  sites: readonly Site[],
  dialect: CsvDialect,
  appBaseUrl: string,
  {
    extraColumns,
    onProgress,
    signal,
    sliceMs = 25,
    maxSliceRows = Infinity,
    yieldToPage = nextTask,
    now = () => performance.now(),
  }: ChunkedCsvOptions = {},
): Promise<Blob> {
  const writer = new CsvByteWriter(dialect, 1 << 20);
  writeHeader(writer, dialect, extraColumns);
  const parts: Blob[] = [];
  let done = 0;
  while (done < sites.length) {
    signal?.throwIfAborted();
    const deadline = now() + sliceMs;
    const end = Math.min(sites.length, done + maxSliceRows);
    do {
      const stop = Math.min(end, done + ROWS_PER_CLOCK_CHECK);
      for (; done < stop; done++) writeRecord(writer, sites[done]!, appBaseUrl, extraColumns);
    } while (done < end && now() < deadline);
    parts.push(new Blob([writer.drain()]));
    onProgress?.(done, sites.length);
    if (done < sites.length) await yieldToPage();
  }
  if (sites.length === 0) {
    parts.push(new Blob([writer.drain()]));
    onProgress?.(0, 0);
  }
  return new Blob(parts, { type: CSV_TYPE });
}
