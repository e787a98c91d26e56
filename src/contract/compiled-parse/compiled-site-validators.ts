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
  emitValidators([plot, hall] as Schema[], parts);

/** Validators of plots and halls, and the value they answer for a record they do not accept. */
export interface SiteValidators {
  plot: (v: unknown) => unknown;
  hall: (v: unknown) => unknown;
  fail: unknown;
}

/**
 * The generated validators with the references they need, or null when the generated module
 * does not match the schemas (a stale module is never used).
 */
export function compileSiteValidators(walk: SiteWalk): SiteValidators | null {
  const emitted = emitSiteValidators(walk);
  if (signatureOf(emitted) !== written.SIGNATURE) return null;
  const [plot, hall] = written.create(emitted.refs);
  return { plot: plot!, hall: hall!, fail: emitted.refs[0] };
}
