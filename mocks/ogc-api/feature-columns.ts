import { FEATURE_COLUMNS_TYPE, isDictionaryValue } from '../../src/contract/feature-columns';

export { FEATURE_COLUMNS_TYPE };

/** The `f` value of an items request that asks for column pages. */
export const COLUMNS_FORMAT = 'columns';

interface Column {
  key: string;
  values: unknown[];
  present: number;
}

const FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties']);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record the columns hold: a Feature with an id, a geometry and an object of properties, and nothing else. */
function fitsColumns(record: unknown): record is { id: unknown; geometry: unknown; properties: object } {
  if (!isObject(record) || record.type !== 'Feature' || !isObject(record.properties)) return false;
  const members = Object.keys(record);
  return members.length === 4 && members.every((m) => FEATURE_MEMBERS.has(m));
}

/**
 * A page's records as columns (the format: src/contract/feature-columns.ts). Lossless: a record
 * the columns cannot hold as it is goes into `records` whole.
 */
export function toFeatureColumns(records: readonly unknown[]) {
  const n = records.length;
  const id: unknown[] = new Array<unknown>(n).fill(null);
  const geometry: unknown[] = new Array<unknown>(n).fill(null);
  const columns = new Map<string, Column>();
  const recordRows: [string, unknown][] = [];
  const rowsInColumns: number[] = [];
  // Records mostly list their properties in one order: the previous row's columns by position
  // spare most lookups by name.
  let order: Column[] = [];
  records.forEach((record, row) => {
    if (!fitsColumns(record)) {
      recordRows.push([String(row), record]);
      return;
    }
    rowsInColumns.push(row);
    id[row] = record.id;
    geometry[row] = record.geometry;
    const properties = record.properties as Record<string, unknown>;
    let j = 0;
    for (const key in properties) {
      if (!Object.hasOwn(properties, key)) continue;
      let column = order[j];
      if (column?.key !== key) {
        column = columns.get(key);
        if (!column)
          columns.set(key, (column = { key, values: new Array<unknown>(n).fill(null), present: 0 }));
        order = order.slice(0, j);
        order[j] = column;
      }
      column.values[row] = properties[key];
      column.present++;
      j++;
    }
  });
  const absent: [string, number[]][] = [];
  for (const [key, column] of columns) {
    if (column.present === rowsInColumns.length) continue;
    absent.push([key, rowsInColumns.filter((row) => !hasOwn(records[row], key))]);
  }
  const dictionary: [string, unknown[]][] = [];
  const properties = [...columns].map(([key, c]): [string, unknown[]] => {
    const coded = dictionaryOf(c.values);
    if (!coded) return [key, c.values];
    dictionary.push([key, coded.values]);
    return [key, coded.codes];
  });
  // fromEntries: a property named "__proto__" stays a property.
  return {
    length: n,
    id,
    geometry,
    properties: Object.fromEntries(properties),
    ...(dictionary.length ? { dictionary: Object.fromEntries(dictionary) } : {}),
    ...(absent.length ? { absent: Object.fromEntries(absent) } : {}),
    ...(recordRows.length ? { records: Object.fromEntries(recordRows) } : {}),
  };
}

/**
 * A column sent as a dictionary has at most this share of different values: a district, a
 * status, a date or a source repeats from row to row, and the client then holds one string for
 * all of them instead of one per row (`JSON.parse` makes a string for every string it reads).
 */
const DICTIONARY_SHARE = 0.25;

/** The column's different values and each row's code, or null when the column is better sent as it is. */
function dictionaryOf(column: unknown[]): { values: unknown[]; codes: number[] } | null {
  const codeOf = new Map<unknown, number>();
  const limit = Math.floor(column.length * DICTIONARY_SHARE);
  const codes = new Array<number>(column.length);
  for (let row = 0; row < column.length; row++) {
    const value = column[row];
    if (!isDictionaryValue(value)) return null;
    let code = codeOf.get(value);
    if (code === undefined) {
      if (codeOf.size >= limit) return null;
      codeOf.set(value, (code = codeOf.size));
    }
    codes[row] = code;
  }
  return { values: [...codeOf.keys()], codes };
}

const hasOwn = (record: unknown, key: string) =>
  Object.hasOwn((record as { properties: object }).properties, key);
