import { criterionDef, CRITERION_OF_PARAM } from '@/lib/search/criteria/criteria';
import { formatValue } from '@/lib/search/criteria/format-value';
import type { ParamName, SearchParams } from '@/lib/search/search-param-table';
import type { ChipContext } from '../criteria-ui/control-spec';
import { criterionUi } from '../criteria-ui/criterion-ui';

export type { ChipContext } from '../criteria-ui/control-spec';

/**
 * A filter's value as a person reads it, in the page's language: "Flächen", "Sachsen",
 * "Landkreis Leipzig", "2,00 ha", "60 €/m²", "15 km". Null for yes/no filters, whose name
 * says it all. Values the app does not know (an unknown AGS key, a sector tag) show as they are.
 */
export function chipValue(name: ParamName, p: SearchParams, ctx: ChipContext): string | null {
  const criterion = CRITERION_OF_PARAM.get(name);
  if (!criterion) return null;
  const custom = criterionUi(criterion).chip;
  if (custom) return custom(name, p, ctx);
  const { group } = criterionDef(criterion);
  const value = p[name];
  if (group.type === 'flag' || value === undefined) return null;
  if (group.type === 'range' && typeof value === 'number') return formatValue(group.format, value, ctx.f);
  return Array.isArray(value) ? value.join(', ') : String(value);
}
