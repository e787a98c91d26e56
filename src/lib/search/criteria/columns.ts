import type { Site } from '@/lib/sites/site';
import { criterionDef, type CategoryName, type DateName, type FlagName, type RangeName } from './criteria';

/** How the engine reads a criterion's column from a site, by the criterion's group type. */

export function rangeColumn(name: RangeName): (site: Site) => number | null | undefined {
  const { group } = criterionDef(name);
  if (group.type !== 'range') throw new Error(`${name} is not a range criterion`);
  return group.column;
}

export function categoryColumn(name: CategoryName): (site: Site) => string | null {
  const { group } = criterionDef(name);
  if (group.type !== 'category') throw new Error(`${name} is not a category criterion`);
  return group.column;
}

export function flagTest(name: FlagName): (site: Site) => boolean {
  const { group } = criterionDef(name);
  if (group.type !== 'flag') throw new Error(`${name} is not a flag criterion`);
  return group.column;
}

export function dateColumn(name: DateName): (site: Site) => string | null {
  const { group } = criterionDef(name);
  if (group.type !== 'dateRange') throw new Error(`${name} is not a date criterion`);
  return group.column;
}
