import type { Schema, WalkParts } from '../fast-parse';
import { emitValidators, type Emitted, signatureOf } from './emit';
import * as written from './site-validators.generated';

/**
 * What the walk of the site schemas needs, handed in by `site-validators.ts`: with no run-time
 * import of the schemas or the fast path, this chunk holds the walk and the generated code only.
 */
export interface SiteWalk {
  parts: WalkParts;
  plot: unknown;
  hall: unknown;
}

/** The site validators' source and references, written from the schemas as they are now. */
export const emitSiteValidators = ({ parts, plot, hall }: SiteWalk): Emitted =>
  emitValidators([plot, hall] as Schema[], parts, [plot, hall] as Schema[]);

type Check = (v: unknown) => unknown;

/** A kind's validators for column pages: each answers the validated value, or `fail`. */
export interface ColumnValidators {
  id: Check;
  geometry: Check;
  /** Row `i` of the properties; `columns[j]` holds the values of `keys[j]`. */
  properties: (columns: readonly (readonly unknown[])[], i: number) => unknown;
  keys: readonly string[];
}

/** Validators of plots and halls, and the value they answer for a record they do not accept. */
export interface SiteValidators {
  plot: Check;
  hall: Check;
  columns: { plot: ColumnValidators; hall: ColumnValidators };
  fail: unknown;
}

/**
 * The generated validators with the references they need, or null when the generated module
 * does not match the schemas (a stale module is never used).
 */
export function compileSiteValidators(walk: SiteWalk): SiteValidators | null {
  const emitted = emitSiteValidators(walk);
  if (signatureOf(emitted) !== written.SIGNATURE) return null;
  const [plot, hall, ...columnFns] = written.create(emitted.refs) as Check[];
  const columnsOf = (k: number): ColumnValidators => {
    const [id, geometry, properties] = columnFns.slice(3 * k, 3 * k + 3);
    return {
      id: id!,
      geometry: geometry!,
      properties: properties as ColumnValidators['properties'],
      keys: emitted.columns[k]!.keys,
    };
  };
  return {
    plot: plot!,
    hall: hall!,
    columns: { plot: columnsOf(0), hall: columnsOf(1) },
    fail: emitted.refs[0],
  };
}
