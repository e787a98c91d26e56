import { hallFeatureSchema, plotFeatureSchema } from '../feature-schemas';
import { fastSafeParse } from '../fast-parse';
import type { z } from '../zod';
import type { SiteValidators } from './compiled-site-validators';

/** undefined: not loaded yet; null: the generated module is stale (or failed to load). */
let compiled: SiteValidators | null | undefined;
let loading: Promise<SiteValidators | null> | undefined;

/**
 * Loads the generated validators (their own chunk, fetched while the first pages load) and
 * builds them on the contract's schemas. Until they are in, and if the generated module is stale,
 * the closures of fast-parse.ts validate: the same results, slower.
 */
export function loadSiteValidators(): Promise<SiteValidators | null> {
  loading ??= import('./compiled-site-validators')
    .then(({ compileSiteValidators }) => compileSiteValidators())
    .catch(() => null)
    .then((validators) => (compiled = validators));
  return loading;
}

/** Which validators answer now: for tests and measurements. */
export const siteValidatorsInUse = () =>
  compiled ? 'generated' : compiled === null ? 'fast path (stale generated module)' : 'fast path (loading)';

/** `schema.safeParse`, valid records answered by the generated validator; the others by zod. */
function safeParseWith<S extends z.ZodType>(schema: S, kind: 'plot' | 'hall') {
  const closures = fastSafeParse(schema);
  return (raw: unknown): z.ZodSafeParseResult<z.output<S>> => {
    if (!compiled) return closures(raw);
    const { fail } = compiled;
    let data: unknown = fail;
    try {
      data = compiled[kind](raw);
    } catch {
      // zod reports (or throws) it below
    }
    return data === fail ? schema.safeParse(raw) : { success: true, data: data as z.output<S> };
  };
}

export const plotFeatureSafeParse = safeParseWith(plotFeatureSchema, 'plot');
export const hallFeatureSafeParse = safeParseWith(hallFeatureSchema, 'hall');
