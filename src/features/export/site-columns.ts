import { hallPropertiesSchema, plotPropertiesSchema } from '@/contract/site-schemas';
import type { Site } from '@/lib/sites/site';
import { formatCsvCell, type CsvCell, type CsvDialect } from './csv-writer';

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

/** The same row as one CSV record, without CRLF (the hot path: one flat join, few temporaries). */
export function siteCsvRecord(site: Site, dialect: CsvDialect, appBaseUrl: string): string {
  const record = site as unknown as Record<string, unknown>;
  const cells = new Array<string>(CSV_COLUMNS.length);
  for (let c = 0; c < CSV_COLUMNS.length; c++) {
    const value = record[CSV_COLUMNS[c]!];
    cells[c] = value === null || value === undefined ? '' : formatCsvCell(cellOf(value), dialect);
  }
  cells[ID_AT] = formatCsvCell(site.key, dialect);
  cells[URL_AT] = formatCsvCell(siteDeepLink(site, appBaseUrl), dialect);
  return cells.join(dialect.separator);
}
