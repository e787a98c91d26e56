import { NOT_A_FILTER, type ParamName, type SearchParams } from '../search-param-table';
import { CRITERIA, CRITERION_NAMES, type CriterionName } from './criteria';

const isSet = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The criteria the search asks for: those with at least one of their own URL parameters set, in
 * the table's order. A setting (`radius_km`, and `sort`, `unknown`, which no criterion owns)
 * makes none active on its own.
 */
export function activeCriteria(params: SearchParams): CriterionName[] {
  return CRITERION_NAMES.filter((name) =>
    (Object.keys(CRITERIA[name].params) as ParamName[]).some(
      (param) => !NOT_A_FILTER.has(param) && isSet(params[param]),
    ),
  );
}
