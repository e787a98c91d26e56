import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParamProblem } from '@/lib/search/search-params';

/** One problem in words: a list whose other items were kept names exactly what was dropped. */
function problemText(t: TFunction, p: ParamProblem): string {
  if (p.dropped?.length)
    return t('search.paramProblem_dropped', { param: p.param, dropped: p.dropped.join(', ') });
  return t(`search.paramProblem_${p.reason}`, { param: p.param, value: p.value });
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
