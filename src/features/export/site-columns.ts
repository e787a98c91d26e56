import { hallPropertiesSchema, plotPropertiesSchema } from '@/contract/site-schemas';
import type { Site } from '@/lib/sites/site';
import type { CsvByteWriter } from './csv-bytes';
import type { CsvCell } from './csv-writer';

/**
 * The CSV header, the same for every export: the common columns below, then every other plot
 * property, then every other hall property, in the order of the zod schemas in
 * src/contract/site-schemas.ts, so a new property flows into the export by itself.
 *
 * `id` is the site key (`plots/gf-leipzig-gvz-01`), unique across collections; `url` is the
 * absolute deep link to the site's page.
 */
export const COMMON_COLUMNS = [
  'id',
  'kind',
  'name',
  'park',
  'municipality',
  'district',
  'state',
  'lat',
  'lon',
  'area_m2',
  'total_area_m2',
  'zoning',
  'price_eur_m2',
  'rent_eur_m2_month',
  'available_from',
  'data_as_of',
  'url',
  'source',
  'position_approximate',
] as const;

const listed = new Set<string>(COMMON_COLUMNS);
const rest = (keys: string[]) =>
  keys.filter((k) => {
    if (listed.has(k)) return false;
    listed.add(k);
    return true;
  });

export const PLOT_COLUMNS: readonly string[] = rest(Object.keys(plotPropertiesSchema.shape));
export const HALL_COLUMNS: readonly string[] = rest(Object.keys(hallPropertiesSchema.shape));
export const CSV_COLUMNS: readonly string[] = [...COMMON_COLUMNS, ...PLOT_COLUMNS, ...HALL_COLUMNS];

/** `/sites/{collectionId}/{featureId}` under the app's base, absolute. */
export function siteDeepLink(site: Pick<Site, 'collectionId' | 'featureId'>, appBaseUrl: string): string {
  const base = appBaseUrl.endsWith('/') ? appBaseUrl : `${appBaseUrl}/`;
  return `${base}sites/${encodeURIComponent(site.collectionId)}/${encodeURIComponent(site.featureId)}`;
}

function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  // Lists of plain values as `a|b`; lists of objects (nearest_towns) as JSON, never "[object Object]".
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join('|');
  return JSON.stringify(value);
}

function cellAt(site: Site, column: string, appBaseUrl: string): CsvCell {
  if (column === 'id') return site.key;
  if (column === 'url') return siteDeepLink(site, appBaseUrl);
  return cellOf((site as unknown as Record<string, unknown>)[column]);
}

/** One site as the cells of {@link CSV_COLUMNS}; properties a kind does not have stay empty. */
export function siteRow(site: Site, appBaseUrl: string): CsvCell[] {
  return CSV_COLUMNS.map((column) => cellAt(site, column, appBaseUrl));
}

const ID_AT = CSV_COLUMNS.indexOf('id');
const URL_AT = CSV_COLUMNS.indexOf('url');
/** A site property's column; `key` fills `id`, the address fields and `url` are not read. */
const COLUMN_OF = new Map<string, number>(CSV_COLUMNS.map((column, at) => [column, at]));
COLUMN_OF.set('key', ID_AT);
for (const notRead of ['id', 'url']) COLUMN_OF.delete(notRead);

function writeValue(writer: CsvByteWriter, value: unknown): void {
  switch (typeof value) {
    case 'string':
      return writer.text(value);
    case 'number':
      return writer.number(value);
    case 'boolean':
      return writer.boolean(value);
    default: {
      const cell = cellOf(value);
      if (typeof cell === 'string') writer.text(cell);
    }
  }
}

/**
 * Reads sites property by property in their own key order (`for…in`, V8's fast path for objects
 * of one shape) instead of one megamorphic lookup per column; the column of each key position is
 * remembered per kind, so a run of same-shaped sites never looks a key up twice.
 */
class SiteRowReader {
  readonly values = new Array<unknown>(CSV_COLUMNS.length);
  private readonly keysAt = { plot: [] as string[], hall: [] as string[] };
  private readonly columnsAt = { plot: [] as number[], hall: [] as number[] };

  read(site: Site): unknown[] {
    const values = this.values;
    values.fill(undefined);
    const kind = site.kind === 'hall' ? 'hall' : 'plot';
    const keysAt = this.keysAt[kind];
    const columnsAt = this.columnsAt[kind];
    const record = site as unknown as Record<string, unknown>;
    let i = 0;
    for (const key in record) {
      let column = columnsAt[i]!;
      if (keysAt[i] !== key) {
        column = COLUMN_OF.get(key) ?? -1;
        keysAt[i] = key;
        columnsAt[i] = column;
      }
      if (column >= 0) values[column] = record[key];
      i++;
    }
    return values;
  }
}

const reader = new SiteRowReader();

/** One site as one CSV record with CRLF, the same cells as {@link siteRow}, straight into bytes. */
export function writeSiteRecord(writer: CsvByteWriter, site: Site, appBaseUrl: string): void {
  const values = reader.read(site);
  for (let c = 0; c < values.length; c++) {
    if (c > 0) writer.separator();
    if (c === URL_AT) writer.text(siteDeepLink(site, appBaseUrl));
    else {
      const value = values[c];
      if (value != null) writeValue(writer, value);
    }
  }
  writer.eol();
}
