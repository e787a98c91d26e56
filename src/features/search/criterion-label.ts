import type { TFunction } from 'i18next';
import { criterionDef, type CriterionName } from '@/lib/search/criteria/criteria';
import type { ParamName } from '@/lib/search/search-param-table';

/** A criterion's name as the filter panel reads it ("Kaufpreis", "Umkreis um"). */
export function criterionLabel(name: CriterionName, t: TFunction): string {
  const def = criterionDef(name);
  const first = Object.keys(def.params)[0] as ParamName;
  return def.value ? t(def.value.label) : t(`filters.param.${first}`);
}
