import type { CriterionDef } from './criterion-types';

/**
 * Declares one criterion and keeps its exact type (the parameters' value types, the engine
 * group's kind, `unknown` and `facet`), from which `SearchParams`, the engine's column names and
 * the lists of facets and "unknown" names are derived.
 */
export const criterion = <D extends CriterionDef>(def: D): D => def;
