import { useTranslation } from 'react-i18next';
import type { ParamProblem } from '@/lib/search/search-params';

/** Tells the user which URL parameters were ignored, so a broken link never fails silently. */
export function ParamProblems({ problems }: { problems: ParamProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <ul>
        {problems.map((p) => (
          <li key={`${p.param}=${p.value}`}>
            {t(`search.paramProblem_${p.reason}`, { param: p.param, value: p.value })}
          </li>
        ))}
      </ul>
    </div>
  );
}
