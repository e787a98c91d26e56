import { z } from './zod';

/**
 * Column pages: a page of features with the property names once and one array of values per
 * property, offered by our API beside GeoJSON for the site collections (decision 0024). Half
 * the bytes of a GeoJSON page, and the client validates it column by column. The encoding is
 * lossless for every record (mocks/ogc-api/feature-columns.ts writes it):
 *
 *   { "type": "FeatureColumns", "numberMatched", "numberReturned", "timeStamp", "links",
 *     "features": { "length": n,
 *                   "id": [n ids], "geometry": [n geometries],
 *                   "properties": { "name": [n values], "district": [n codes], … },
 *                   "dictionary": { "district": [the column's values: row i holds
 *                                   dictionary.district[codes[i]]] },
 *                   "absent": { "name": [rows without that property] },
 *                   "records": { "7": row 7 as it was: not a Feature with id, geometry and an
 *                                object of properties, or with other members } } }
 *
 * Rows kept in `records` hold null in every column. A column in `dictionary` (optional, strings,
 * numbers, booleans and null only) sends each of its values once: `JSON.parse` then makes one
 * string for a district named in 500 rows, not 500 (fewer objects for the page to keep and the
 * garbage collector to move).
 */
export const FEATURE_COLUMNS_TYPE = 'application/vnd.standortfinder.feature-columns+json';

/** A column page's features, as the client reads them: absent values are `undefined`. */
export interface FeatureColumns {
  readonly encoding: 'columns';
  readonly length: number;
  readonly id: readonly unknown[];
  readonly geometry: readonly unknown[];
  /** The values of each property sent (own keys of a null-prototype object). */
  readonly properties: Readonly<Record<string, readonly unknown[] | undefined>>;
  /** Rows sent as records, by row. */
  readonly records: ReadonlyMap<number, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const ROW = /^(0|[1-9]\d*)$/;

/** The first thing wrong with a column block, as [path, message], or null. */
function problemOf(b: Record<string, unknown>): [string[], string] | null {
  const n = b.length;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return [['length'], 'expected a count'];
  const fullColumn = (v: unknown) => Array.isArray(v) && v.length === n;
  for (const key of ['id', 'geometry'])
    if (!fullColumn(b[key])) return [[key], `expected an array of ${n} values`];
  for (const key of ['properties', 'dictionary', 'absent', 'records'])
    if (b[key] !== undefined && !isObject(b[key])) return [[key], 'expected an object'];
  const properties = (b.properties ?? {}) as Record<string, unknown>;
  for (const [key, column] of Object.entries(properties))
    if (!fullColumn(column)) return [['properties', key], `expected an array of ${n} values`];
  for (const [key, values] of Object.entries((b.dictionary ?? {}) as object)) {
    const problem = dictionaryProblem(key, values, properties);
    if (problem) return problem;
  }
  for (const [key, rows] of Object.entries((b.absent ?? {}) as object)) {
    const inRange = (r: unknown) => Number.isSafeInteger(r) && (r as number) >= 0 && (r as number) < n;
    if (!Array.isArray(rows) || !rows.every(inRange)) return [['absent', key], `expected rows below ${n}`];
  }
  for (const row of Object.keys((b.records ?? {}) as object))
    if (!ROW.test(row) || Number(row) >= n) return [['records', row], `expected a row below ${n}`];
  return null;
}

/** What a column's dictionary may hold: strings, numbers, booleans and null. */
export const isDictionaryValue = (v: unknown) =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** What is wrong with the dictionary of column `key`, as [path, message], or null. */
function dictionaryProblem(
  key: string,
  values: unknown,
  properties: Record<string, unknown>,
): [string[], string] | null {
  if (!Array.isArray(values) || !values.every(isDictionaryValue))
    return [['dictionary', key], 'expected an array of strings, numbers, booleans or null'];
  if (!Object.hasOwn(properties, key)) return [['dictionary', key], 'expected a column of that name'];
  const codes = properties[key] as unknown[];
  const isCode = (c: unknown) =>
    Number.isSafeInteger(c) && (c as number) >= 0 && (c as number) < values.length;
  return codes.every(isCode) ? null : [['properties', key], `expected codes below ${values.length}`];
}

/**
 * Reads a checked block: a dictionary column's codes become its values (in place: the parsed
 * page is the reader's own), values of absent properties become `undefined`, records a map.
 */
function read(b: Record<string, unknown>): FeatureColumns {
  const properties = Object.create(null) as Record<string, unknown[]>;
  for (const [key, column] of Object.entries((b.properties ?? {}) as Record<string, unknown[]>))
    Object.defineProperty(properties, key, { value: column, enumerable: true, writable: true });
  for (const [key, values] of Object.entries((b.dictionary ?? {}) as Record<string, unknown[]>)) {
    const column = properties[key]!;
    for (let row = 0; row < column.length; row++) column[row] = values[column[row] as number];
  }
  for (const [key, rows] of Object.entries((b.absent ?? {}) as Record<string, number[]>)) {
    const column = properties[key];
    if (column) for (const row of rows) column[row] = undefined;
  }
  const records = new Map<number, unknown>();
  for (const [row, record] of Object.entries((b.records ?? {}) as object)) records.set(Number(row), record);
  return {
    encoding: 'columns',
    length: b.length as number,
    id: b.id as unknown[],
    geometry: b.geometry as unknown[],
    properties,
    records,
  };
}

/** The block of a column page: checked without copying its arrays, then read once. */
export const featureColumnsSchema = z.lazy(() =>
  z
    .custom<Record<string, unknown>>(isObject, 'expected the features as columns')
    .superRefine((b, ctx) => {
      const problem = problemOf(b);
      if (problem) ctx.addIssue({ code: 'custom', path: problem[0], message: problem[1] });
    })
    .transform(read),
);

/** Row `i` as the record the server had (for zod's message on a refused row, and for other readers). */
export function featureAt(columns: FeatureColumns, i: number): unknown {
  if (columns.records.has(i)) return columns.records.get(i);
  const properties: [string, unknown][] = [];
  for (const key of Object.keys(columns.properties)) {
    const value = columns.properties[key]![i];
    if (value !== undefined) properties.push([key, value]);
  }
  return {
    type: 'Feature',
    id: columns.id[i],
    geometry: columns.geometry[i],
    properties: Object.fromEntries(properties),
  };
}

/** Every row as a record. */
export const featuresOf = (columns: FeatureColumns): unknown[] =>
  Array.from({ length: columns.length }, (_, i) => featureAt(columns, i));

/** A page's features: GeoJSON's array, or a column page's block. */
export type PageFeatures = unknown[] | FeatureColumns;

export const isFeatureColumns = (features: PageFeatures): features is FeatureColumns =>
  !Array.isArray(features);

/** The values of `keys`, in that order, for a column validator; a property not sent is absent in every row. */
export function columnsOfKeys(columns: FeatureColumns, keys: readonly string[]): (readonly unknown[])[] {
  const none: readonly unknown[] = [];
  return keys.map((key) => columns.properties[key] ?? none);
}
