import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { markResultsShown } from '@/lib/perf-marks';
import { useFormatters } from '@/lib/i18n/format';

import type { KindParam } from '@/lib/search/search-params';

/** "152 Flächen · 64 Hallen", or one kind when the search is limited to it; a live region. */
interface ResultCountProps {
  counts: { plots: number; halls: number };
  kind: KindParam | undefined;
  isPending: boolean;
}

export function ResultCount({ counts, kind, isPending }: ResultCountProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const plots = t('search.plots', { count: counts.plots, formatted: f.number(counts.plots) });
  const halls = t('search.halls', { count: counts.halls, formatted: f.number(counts.halls) });
  const text = isPending
    ? t('search.loading')
    : kind === 'plots'
      ? plots
      : kind === 'halls'
        ? halls
        : `${plots} · ${halls}`;
  // After paint of a new count: the end of the filter-to-results measurement.
  useEffect(() => {
    if (!isPending) requestAnimationFrame(() => markResultsShown());
  }, [text, isPending]);
  return (
    <p className="result-count" role="status" aria-live="polite">
      {text}
    </p>
  );
}
