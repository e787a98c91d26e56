import type { CriterionDef, EngineGroup, ParamDef } from './criterion-types';
import { AREA_CRITERIA, GENERAL_CRITERIA } from './criteria-general';
import { HALL_CRITERIA } from './criteria-halls';
import { PLOT_CRITERIA } from './criteria-plots';

/**
 * Every search criterion, once: the table the URL codec, the filter engine, the facets, the
 * "unknown" handling and a site's own value are read from. The order is the order of the URL's
 * parameters and of the controls within each filter section. Adding a criterion is one entry
 * here (and one in the search feature's UI map), plus the data, the schema and the catalogues.
 */
export const CRITERIA = {
  ...GENERAL_CRITERIA,
  ...PLOT_CRITERIA,
  ...HALL_CRITERIA,
  ...AREA_CRITERIA,
};

export type Criteria = typeof CRITERIA;
export type CriterionName = keyof Criteria;

type NamesWhere<Shape> = { [K in CriterionName]: Criteria[K] extends Shape ? K : never }[CriterionName];
/** Criteria over a numeric column (the engine keeps one `Float64Array` per name). */
export type RangeName = NamesWhere<{ group: { type: 'range' } }>;
/** Criteria over a date column (the engine keeps day numbers). */
export type DateName = NamesWhere<{ group: { type: 'dateRange' } }>;
/** Criteria over a category column. */
export type CategoryName = NamesWhere<{ group: { type: 'category' } }>;
/** Yes/no criteria (one bit each in the engine's flags). */
export type FlagName = NamesWhere<{ group: { type: 'flag' } }>;
/** Criteria whose options show counts in the filter panel. */
export type FacetName = NamesWhere<{ facet: true }>;
/** Criteria that can keep sites without a value (`unknown=price,height`). */
export type UnknownName = NamesWhere<{ unknown: true }>;

export const CRITERION_NAMES = Object.keys(CRITERIA) as CriterionName[];
const table: Record<CriterionName, CriterionDef> = CRITERIA;
const namesWhere = <N extends CriterionName>(test: (c: CriterionDef) => boolean) =>
  CRITERION_NAMES.filter((name) => test(table[name])) as N[];

export const RANGE_NAMES = namesWhere<RangeName>((c) => c.group.type === 'range');
export const DATE_NAMES = namesWhere<DateName>((c) => c.group.type === 'dateRange');
export const CATEGORY_NAMES = namesWhere<CategoryName>((c) => c.group.type === 'category');
export const FLAG_NAMES = namesWhere<FlagName>((c) => c.group.type === 'flag');
export const FACETS = namesWhere<FacetName>((c) => c.facet === true);
export const UNKNOWN_NAMES = namesWhere<UnknownName>((c) => c.unknown === true);

export const criterionDef = (name: CriterionName): CriterionDef => table[name];

/** A criterion's engine group, checked to be of the type the caller reads it as. */
export function groupOf<T extends EngineGroup['type']>(
  name: CriterionName,
  type: T,
): Extract<EngineGroup, { type: T }> {
  const { group } = table[name];
  if (group.type !== type) throw new Error(`${name} is not a ${type} criterion`);
  return group as Extract<EngineGroup, { type: T }>;
}

/** The URL parameters of all criteria, each with its value type. */
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type CriterionParams = UnionToIntersection<Criteria[CriterionName]['params']>;
export type ValueOf<P> = P extends ParamDef<infer T> ? T : never;

/** The criterion that owns each URL parameter. */
export const CRITERION_OF_PARAM: ReadonlyMap<string, CriterionName> = new Map(
  CRITERION_NAMES.flatMap((name) => Object.keys(table[name].params).map((param) => [param, name] as const)),
);
