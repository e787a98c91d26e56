import type { ParamDef } from './criteria/criterion-types';
import {
  CRITERIA,
  CRITERION_NAMES,
  type CriterionName,
  UNKNOWN_NAMES,
  type CriterionParams,
  type RangeName,
  type UnknownName,
  type ValueOf,
} from './criteria/criteria';
import { many, single } from './criteria/param-defs';
import { oneOf } from './param-decoders';

/**
 * The public URL contract of the search (the README's table, checked against this by a test):
 * the parameters of every criterion in the criteria table, then the settings `unknown` and `sort`.
 */

export { DEFAULT_RADIUS_KM, KINDS, MAX_TEXT_LENGTH, type KindParam } from './criteria/criteria-general';
export { DEV_PARAMS, DEV_STATUS, PLAN_PARAMS, PLAN_STATUS } from './criteria/criteria-plots';
export { OFFER_PARAMS } from './criteria/criteria-halls';
export { UNKNOWN_NAMES, type UnknownName } from './criteria/criteria';

export const SORT_KEYS = ['area', 'price', 'distance', 'as_of', 'name', 'fit'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** `fit` (wishes met, then how closely the others are missed) has one direction only. */
export type SortParam = Exclude<SortKey, 'fit'> | `-${Exclude<SortKey, 'fit'>}` | 'fit';
export const SORT_PARAMS = [
  ...SORT_KEYS.filter((k) => k !== 'fit').flatMap((k) => [k, `-${k}`]),
  'fit',
] as SortParam[];
export const DEFAULT_SORT: SortParam = '-area';

/**
 * The order when the URL names none: by fit when wishes are set (`want=`), else by area. The
 * URL leaves this default out and writes any other choice, so a link reproduces the order.
 */
export const defaultSort = (p: { want?: readonly string[] | undefined }): SortParam =>
  p.want && p.want.length > 0 ? 'fit' : DEFAULT_SORT;

/** Parameters that are settings of the search rather than criteria. */
const SETTINGS = {
  unknown: many<UnknownName>(oneOf(UNKNOWN_NAMES), UNKNOWN_NAMES),
  /** Criteria that rank instead of exclude ("Wunsch" rather than "Muss"). */
  want: many<CriterionName>(oneOf(CRITERION_NAMES), CRITERION_NAMES),
  sort: single(oneOf(SORT_PARAMS)),
};

type AllParams = CriterionParams & typeof SETTINGS;
export type ParamName = keyof AllParams & string;
export type SearchParams = { [K in ParamName]?: ValueOf<AllParams[K]> };

export const PARAMS = Object.assign(
  {},
  ...CRITERION_NAMES.map((name) => CRITERIA[name].params),
  SETTINGS,
) as Record<ParamName, ParamDef<unknown>>;

export const SEARCH_PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

/** Settings rather than filters, and the radius, which goes with `near`: no chip, no relaxation. */
export const NOT_A_FILTER: ReadonlySet<ParamName> = new Set(['sort', 'unknown', 'want', 'radius_km']);

/** Parameters that only qualify another (the radius of `near`): alone they set no criterion. */
const QUALIFIERS: ReadonlySet<string> = new Set(['radius_km']);

/** Whether the search sets criterion `name` (one of its own parameters other than a qualifier). */
export function criterionIsSet(name: CriterionName, p: SearchParams): boolean {
  return Object.keys(CRITERIA[name].params).some(
    (param) => !QUALIFIERS.has(param) && (p as Record<string, unknown>)[param] !== undefined,
  );
}

/** The search without wishes for criteria it no longer sets (after a control or chip cleared one). */
export function withoutUnsetWishes(p: SearchParams): SearchParams {
  if (!p.want) return p;
  const want = p.want.filter((name) => criterionIsSet(name, p));
  return { ...p, want: want.length > 0 ? want : undefined };
}

/** Ranges whose ends are swapped when the minimum exceeds the maximum. */
export const RANGES = CRITERION_NAMES.flatMap((name) => {
  const { group } = CRITERIA[name];
  return group.type === 'range' && 'min' in group && 'max' in group
    ? [[group.min, group.max] as [ParamName, ParamName]]
    : [];
});

export type { RangeName };
