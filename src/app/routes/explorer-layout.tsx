import { Outlet, useNavigate, useParams } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { LoadErrors } from '@/components/load-errors';
import { parseSiteKey, toSiteKey } from '@/contract/site-key';
import { ExplorerContext, type ExplorerData } from '../explorer-context';
import { useUrlSiteSearch } from '../use-url-site-search';

const SiteMap = lazy(() => import('@/features/map/components/site-map'));

/** Panel (search list or site detail) beside one map that stays mounted across both. */
export function ExplorerLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sitesState, params, problems, search } = useUrlSiteSearch();
  const { results } = search;
  const counts = { plots: search.result.plots, halls: search.result.halls };
  const routeParams = useParams({ strict: false });
  const selectedKey =
    routeParams.collectionId && routeParams.featureId
      ? toSiteKey(routeParams.collectionId, routeParams.featureId)
      : null;
  const selected = useMemo(
    () => (selectedKey ? (sitesState.sites.find((s) => s.key === selectedKey) ?? null) : null),
    [sitesState.sites, selectedKey],
  );
  const onSelect = useCallback(
    (key: string) => {
      const parsed = parseSiteKey(key);
      if (parsed) void navigate({ to: '/sites/$collectionId/$featureId', params: parsed, search: true });
    },
    [navigate],
  );
  const data: ExplorerData = { sitesState, params, problems, results, counts, search };
  return (
    <ExplorerContext.Provider value={data}>
      <div className="explorer">
        <div className="explorer__panel">
          <LoadErrors collections={sitesState.collections} />
          <InvalidRecordsNotice invalid={sitesState.invalid} />
          <Outlet />
        </div>
        <div className="explorer__map">
          <Suspense fallback={<p className="site-map__status">{t('map.loading')}</p>}>
            <SiteMap sites={results} selected={selected} onSelect={onSelect} />
          </Suspense>
        </div>
      </div>
    </ExplorerContext.Provider>
  );
}
