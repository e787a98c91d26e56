import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CRITERIA, type CriterionName } from '@/lib/search/criteria/criteria';
import type { ParamProblem } from '@/lib/search/search-params';
import { criterionLabel } from '../criterion-label';

/** A parameter by its filter's label and its name in the address ("„Fläche ab“ (area_min)"), or its name alone. */
function paramName(t: TFunction, name: string): string {
  const label = t(`filters.param.${name}`, { defaultValue: '' });
  return label ? t('search.paramLabelled', { label, name }) : t('search.paramQuoted', { name });
}

/** A criterion named in `want=` by its label ("Autobahn-Anschlussstelle"), else as it is. */
const wishName = (t: TFunction, name: string): string =>
  name in CRITERIA ? criterionLabel(name as CriterionName, t) : name;

/**
 * One problem in words. What was left out is named exactly: the bad items of a list whose other
 * items were kept, the earlier values of a repeated parameter.
 */
function problemText(t: TFunction, p: ParamProblem): string {
  // Wishes without a value are criteria: named as the filter panel names them.
  const dropped = p.reason === 'unbound' ? p.dropped?.map((name) => wishName(t, name)) : p.dropped;
  const values = { param: paramName(t, p.param), value: p.value, dropped: dropped?.join(', ') };
  if (p.reason === 'invalid' && p.dropped?.length) return t('search.paramProblem_dropped', values);
  return t(`search.paramProblem_${p.reason}`, values);
}

/** Tells the user which URL parameters were ignored, so a broken link never fails silently. */
export function ParamProblems({ problems }: { problems: ParamProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <ul>
        {problems.map((p) => (
          <li key={`${p.reason}:${p.param}=${p.value}`}>{problemText(t, p)}</li>
        ))}
      </ul>
    </div>
  );
}
