import type { Site } from '@/lib/sites/site';
import { BOM, csvLine, EOL, type CsvDialect } from './csv-writer';
import { CSV_COLUMNS, siteCsvRecord } from './site-columns';

/** The whole CSV of some sites in one go (used by the benchmark and small exports). */
export function sitesToCsv(sites: readonly Site[], dialect: CsvDialect, appBaseUrl: string): string {
  const records = new Array<string>(sites.length);
  for (let i = 0; i < sites.length; i++) records[i] = siteCsvRecord(sites[i]!, dialect, appBaseUrl);
  const body = sites.length > 0 ? records.join(EOL) + EOL : '';
  return (dialect.bom ? BOM : '') + csvLine(CSV_COLUMNS, dialect) + body;
}

export interface ChunkedCsvOptions {
  /** Called after each chunk with the rows written so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Rows per chunk; between chunks the page gets to paint and handle input. */
  chunkSize?: number;
  yieldToPage?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same CSV in chunks, yielding to the page between them, so a 100,000-row export shows
 * progress and never freezes the page. Returns the file's parts, ready for a Blob.
 */
export async function sitesToCsvParts(
  sites: readonly Site[],
  dialect: CsvDialect,
  appBaseUrl: string,
  { onProgress, signal, chunkSize = 5_000, yieldToPage = nextTask }: ChunkedCsvOptions = {},
): Promise<string[]> {
  const parts: string[] = [(dialect.bom ? BOM : '') + csvLine(CSV_COLUMNS, dialect)];
  for (let start = 0; start < sites.length; start += chunkSize) {
    signal?.throwIfAborted();
    const end = Math.min(start + chunkSize, sites.length);
    const records = new Array<string>(end - start);
    for (let i = start; i < end; i++) records[i - start] = siteCsvRecord(sites[i]!, dialect, appBaseUrl);
    parts.push(records.join(EOL) + EOL);
    onProgress?.(end, sites.length);
    if (end < sites.length) await yieldToPage();
  }
  if (sites.length === 0) onProgress?.(0, 0);
  return parts;
}
