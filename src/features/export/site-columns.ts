import { hallPropertiesSchema, plotPropertiesSchema } from '@/contract/site-schemas';
import type { Site } from '@/lib/sites/site';
import type { CsvByteWriter } from './csv-bytes';
import type { CsvCell } from './csv-writer';
import { internationalPhone } from './phone-number';

/**
 * The CSV header, the same for every export: the common columns below, then every other plot
 * property, then every other hall property, in the order of the zod schemas in
 * src/contract/site-schemas.ts, so a new property flows into the export by itself.
 *
 * `id` is the site key (`plots/gf-leipzig-gvz-01`), unique across collections; `url` is the
 * absolute deep link to the site's page; `contact_phone` is written as `0049 …`
 * ({@link internationalPhone}).
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

/**
 * The columns and, per kind, the property each column is read from (`key` for `id`), or `null`
 * where the kind's schema has no such property, so a plot never looks up the hall columns and
 * vice versa. Sites come from validateSites, which gives every site exactly its kind's schema
 * properties. Worked out on first use: the schemas are built lazily.
 */
interface ColumnPlan {
  columns: readonly string[];
  plot: (string | null)[];
  hall: (string | null)[];
  urlAt: number;
  phoneAt: number;
}
let plan: ColumnPlan | undefined;
const PHONE_COLUMN = 'contact_phone';

function columnPlan(): ColumnPlan {
  if (plan) return plan;
  const plotKeys = Object.keys(plotPropertiesSchema.unwrap().shape);
  const hallKeys = Object.keys(hallPropertiesSchema.unwrap().shape);
  const listed = new Set<string>(COMMON_COLUMNS);
  const rest = (keys: string[]) =>
    keys.filter((k) => {
      if (listed.has(k)) return false;
      listed.add(k);
      return true;
    });
  const columns = [...COMMON_COLUMNS, ...rest(plotKeys), ...rest(hallKeys)];
  const planOf = (properties: string[]) => {
    const has = new Set(properties);
    return columns.map((column) => (column === 'id' ? 'key' : has.has(column) ? column : null));
  };
  return (plan = {
    columns,
    plot: planOf(plotKeys),
    hall: planOf(hallKeys),
    urlAt: columns.indexOf('url'),
    phoneAt: columns.indexOf(PHONE_COLUMN),
  });
}

/** Every CSV column: the common ones, then the plots', then the halls' own. */
export const csvColumns = (): readonly string[] => columnPlan().columns;

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
  const value = (site as unknown as Record<string, unknown>)[column];
  if (column === PHONE_COLUMN && typeof value === 'string') return internationalPhone(value);
  return cellOf(value);
}

/** One site as the cells of {@link csvColumns}; properties a kind does not have stay empty. */
export function siteRow(site: Site, appBaseUrl: string): CsvCell[] {
  return csvColumns().map((column) => cellAt(site, column, appBaseUrl));
}

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
 * One site's cells of {@link csvColumns} (no line end): the same cells as {@link siteRow}, written
 * straight into bytes (the hot path of a 100,000-row export; docs/performance.md, "CSV export").
 */
export function writeSiteCells(writer: CsvByteWriter, site: Site, appBaseUrl: string): void {
  const columns = columnPlan();
  const keys = site.kind === 'hall' ? columns.hall : columns.plot;
  const record = site as unknown as Record<string, unknown>;
  for (let c = 0; c < keys.length; c++) {
    if (c > 0) writer.separator();
    if (c === columns.urlAt) writer.text(siteDeepLink(site, appBaseUrl));
    else {
      const key = keys[c];
      if (key != null) {
        const value = record[key];
        if (c === columns.phoneAt && typeof value === 'string') writer.text(internationalPhone(value));
        else if (value != null) writeValue(writer, value);
      }
    }
  }
}
