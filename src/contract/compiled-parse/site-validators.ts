import { hallFeatureSchema, plotFeatureSchema } from '../feature-schemas';
import { fastSafeParse, walkParts } from '../fast-parse';
import type { z } from '../zod';
import type { ColumnValidators, SiteValidators, SiteWalk } from './compiled-site-validators';

/** The schemas and the fast path's pieces the generated validators are checked and built with. */
export const siteWalk = (): SiteWalk => ({
  parts: walkParts,
  plot: plotFeatureSchema,
  hall: hallFeatureSchema,
});

/** undefined: not loaded yet; null: the generated module is stale (or failed to load). */
let compiled: SiteValidators | null | undefined;
let loading: Promise<SiteValidators | null> | undefined;

/**
 * Loads the generated validators (their own chunk, asked for after the first paint) and builds
 * them on the contract's schemas. Until they are in, and if the generated module is stale,
 * the closures of fast-parse.ts validate: the same results, slower.
 */
export function loadSiteValidators(): Promise<SiteValidators | null> {
  loading ??= import('./compiled-site-validators')
    // The chunk's evaluation and the walk in tasks of their own: neither holds the page long.
    .then(async ({ compileSiteValidators }) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return compileSiteValidators(siteWalk());
    })
    .catch(() => null)
    .then((validators) => (compiled = validators));
  return loading;
}

/** A kind's generated validators for column pages, and their FAIL, or null until loaded (or when stale). */
export function siteColumnValidators(
  kind: 'plot' | 'hall',
): { validators: ColumnValidators; fail: unknown } | null {
  return compiled ? { validators: compiled.columns[kind], fail: compiled.fail } : null;
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
