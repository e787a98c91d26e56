import type { Site } from '@/lib/sites/site';
import type { CsvByteWriter } from './csv-bytes';
import type { CsvCell } from './csv-writer';
import { csvColumns } from './site-columns';

/**
 * Columns a caller appends after the fixed header, as data: the search page adds the distance from
 * `near` and the fit to its wishes, so the export knows nothing about the search. Without them the
 * header is exactly {@link csvColumns}.
 */
export interface ExtraColumns {
  header: readonly string[];
  /** One cell per header entry for a site of the export (missing cells stay empty). */
  cells(site: Site): readonly CsvCell[];
}

/** The fixed columns, then the extra ones. */
export const csvHeader = (extra?: ExtraColumns): readonly string[] =>
  extra && extra.header.length > 0 ? [...csvColumns(), ...extra.header] : csvColumns();

/** A site's extra cells, each after a separator, exactly one per extra column. */
export function writeExtraCells(writer: CsvByteWriter, extra: ExtraColumns, site: Site): void {
  const cells = extra.cells(site);
  for (let c = 0; c < extra.header.length; c++) {
    writer.separator();
    writer.cell(cells[c] ?? null);
  }
}
