/** One broken rule on one record. */
export interface Issue {
  rule: string;
  /** e.g. "plots/gf-leipzig-gvz-01" or "junctions.json". */
  where: string;
  message: string;
}

export const issue = (rule: string, where: string, message: string): Issue => ({ rule, where, message });

/** German-style thousands for readable messages: 12345 → "12 345". */
export const fmt = (n: number): string =>
  Number.isInteger(n) ? n.toLocaleString('en-US').replace(/,/g, ' ') : String(Math.round(n * 100) / 100);

/** A record as the rules see it: its collection, id, geometry and (parsed) properties. */
export interface CheckedFeature<P = Record<string, unknown>> {
  collection: string;
  id: string;
  geometry: Geometry | null;
  properties: P;
}

export type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export const where = (f: { collection: string; id: string }) => `${f.collection}/${f.id}`;
