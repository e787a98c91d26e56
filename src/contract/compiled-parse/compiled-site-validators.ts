import { hallFeatureSchema, plotFeatureSchema } from '../feature-schemas';
import type { Schema } from '../fast-parse';
import { emitValidators, type Emitted, signatureOf } from './emit';
import { create, SIGNATURE } from './site-validators.generated';

/** The site validators' source and references, written from the schemas as they are now. */
export const emitSiteValidators = (): Emitted =>
  emitValidators([plotFeatureSchema, hallFeatureSchema] as unknown as Schema[]);

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
export function compileSiteValidators(): SiteValidators | null {
  const emitted = emitSiteValidators();
  if (signatureOf(emitted) !== SIGNATURE) return null;
  const [plot, hall] = create(emitted.refs);
  return { plot: plot!, hall: hall!, fail: emitted.refs[0] };
}
