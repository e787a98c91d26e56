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

const URL_AT = CSV_COLUMNS.indexOf('url');

/**
 * Per kind, the property each column is read from (`key` for `id`), or `null` where the kind's
 * schema has no such property, so a plot never looks up the hall columns and vice versa. Sites
 * come from validateSites, which gives every site exactly its kind's schema properties.
 */
const planOf = (properties: string[]) => {
  const has = new Set(properties);
  return CSV_COLUMNS.map((column) => (column === 'id' ? 'key' : has.has(column) ? column : null));
};
const PLANS = {
  plot: planOf(Object.keys(plotPropertiesSchema.shape)),
  hall: planOf(Object.keys(hallPropertiesSchema.shape)),
};

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
 * One site as one CSV record with CRLF: the same cells as {@link siteRow}, written straight into
 * bytes (the hot path of a 100,000-row export; measured in docs/performance.md, "CSV export").
 */
export function writeSiteRecord(writer: CsvByteWriter, site: Site, appBaseUrl: string): void {
  const plan = site.kind === 'hall' ? PLANS.hall : PLANS.plot;
  const record = site as unknown as Record<string, unknown>;
  for (let c = 0; c < plan.length; c++) {
    if (c > 0) writer.separator();
    if (c === URL_AT) writer.text(siteDeepLink(site, appBaseUrl));
    else {
      const key = plan[c];
      if (key != null) {
        const value = record[key];
        if (value != null) writeValue(writer, value);
      }
    }
  }
  writer.eol();
}
