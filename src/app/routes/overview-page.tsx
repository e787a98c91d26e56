import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { LoadErrors } from '@/components/load-errors';
import { DIALECTS, type CsvDialect } from '@/features/export/csv-writer';
import { CSV_TYPE, downloadFile } from '@/lib/download-file';
import { aggregateOverview } from '@/features/overview/aggregate/aggregate-overview';
import type { BarLink } from '@/features/overview/components/bar-chart';
import OverviewChartsView from '@/features/overview/components/overview-charts-view';
import { useOverviewCharts } from '@/features/overview/hooks/use-overview-charts';
import { ActiveFilters } from '@/features/search/components/active-filters';
import { ParamProblems } from '@/features/search/components/param-problems';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { searchKinds, useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { applyFilterPatch } from '../overview-links';
import { overviewCsv } from '../overview-csv';
import { useSearchWriter } from '../use-search-writer';
import { useUrlSiteSearch } from '../use-url-site-search';

/** `/overview`: the supply of the current search as charts (lazy chunk with the chart library). */
export default function OverviewPage() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  const { sitesState, params, problems, search } = useUrlSiteSearch({ nearMisses: false });
  // Plots and halls in one sentence: one unit (under auto ha, m² for a search of halls only).
  const fTotals = useFormatters(useViewAreaUnit(searchKinds(params.kind)));
  const overview = useMemo(
    () =>
      aggregateOverview({
        columns: search.index,
        ids: search.result.ids,
        today,
      }),
    [search.index, search.result, today],
  );
  const charts = useOverviewCharts(overview, search.names);
  const [dialectId, setDialectId] = useState<CsvDialect['id']>(
    i18n.language === 'en' ? 'standard' : 'excel-de',
  );
  const [message, setMessage] = useState('');
  const barLink: BarLink = (filter, label, children) => (
    <Link to="/" search={applyFilterPatch(params, filter, today)} aria-label={label} className="overview-bar">
      {children}
    </Link>
  );
  // The overview's changes are not measured: the filter latency is the search page's.
  const onChange = useSearchWriter({ measure: false }).replace;
  const exportCsv = () => {
    const file = `${t('files.overview')}-${today}.csv`;
    downloadFile([overviewCsv(charts, DIALECTS[dialectId])], file, CSV_TYPE);
    setMessage(t('overview.csvDone', { file }));
  };
  const { plots, halls } = overview.totals;
  return (
    <div className="overview-page">
      <h1>{t('overview.title')}</h1>
      <p className="overview-page__intro">{t('overview.intro')}</p>
      <LoadErrors collections={sitesState.collections} />
      <InvalidRecordsNotice invalid={sitesState.invalid} />
      <ParamProblems problems={problems} />
      <ActiveFilters params={params} onChange={onChange} names={search.names} />
      <p className="overview-page__totals" role="status" data-plots={plots.count} data-halls={halls.count}>
        {sitesState.isPending
          ? t('overview.loading')
          : t('overview.totals', {
              plots: t('search.plots', { count: plots.count, formatted: f.number(plots.count) }),
              plotsArea: fTotals.area(plots.area),
              halls: t('search.halls', { count: halls.count, formatted: f.number(halls.count) }),
              hallsArea: fTotals.area(halls.area),
            })}
      </p>
      <div className="overview-page__tools">
        <Link to="/" search={params}>
          {t('overview.toSearch')}
        </Link>
        <label>
          {t('export.dialect')}{' '}
          <select value={dialectId} onChange={(e) => setDialectId(e.target.value as CsvDialect['id'])}>
            <option value="excel-de">{t('export.dialectExcel')}</option>
            <option value="standard">{t('export.dialectStandard')}</option>
          </select>
        </label>
        <button type="button" onClick={exportCsv}>
          {t('overview.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('overview.print')}
        </button>
        <span aria-live="polite">{message}</span>
      </div>
      {!sitesState.isPending && <OverviewChartsView charts={charts} barLink={barLink} />}
    </div>
  );
}
