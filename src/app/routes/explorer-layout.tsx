import { Outlet, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { LoadErrors } from '@/components/load-errors';
import { useSiteSearch } from '@/features/search/hooks/use-site-search';
import { useClock } from '@/lib/clock';
import { decodeSearch, parseQueryString } from '@/features/search/search-params';
import { parseSiteKey, toSiteKey } from '@/contract/site-key';
import { siteInProjectRegion } from '@/lib/context/region';
import { useContextItems } from '@/lib/context/use-context-items';
import type { Site } from '@/lib/sites/site';
import { useSites } from '@/lib/sites/use-sites';
import { ExplorerContext, type ExplorerData } from '../explorer-context';

const SiteMap = lazy(() => import('@/features/map/components/site-map'));

/** Panel (search list or site detail) beside one map that stays mounted across both. */
export function ExplorerLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sitesState = useSites();
  // The raw query string is the source of truth: the router keeps unvalidated strings in its
  // search object, and decoding here also yields what was ignored, to tell the user.
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const { params, problems } = useMemo(() => decodeSearch(parseQueryString(searchStr)), [searchStr]);
  const today = useClock().today();
  // `region=<project id>`: sites inside that project's region (districts, municipalities, points).
  const { projects, isPending: contextPending } = useContextItems();
  const project = params.region ? projects.find((p) => p.id === params.region) : undefined;
  const regionTest = useMemo(
    () => (project ? (s: Site) => siteInProjectRegion(s, project) : null),
    [project],
  );
  // An unknown project id falls back to no region filter, with a notice (like any bad value).
  const regionUnknown = Boolean(params.region && !contextPending && !project);
  const searchParams = useMemo(
    () => (regionUnknown ? { ...params, region: undefined } : params),
    [params, regionUnknown],
  );
  const search = useSiteSearch({ sites: sitesState.sites, params: searchParams, today, regionTest });
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
  const allProblems = [
    ...problems,
    ...(search.nearUnknown ? [{ param: 'near', value: params.near ?? '', reason: 'invalid' as const }] : []),
    ...(regionUnknown ? [{ param: 'region', value: params.region ?? '', reason: 'invalid' as const }] : []),
  ];
  const data: ExplorerData = { sitesState, params, problems: allProblems, results, counts, search };
  return (
    <ExplorerContext.Provider value={data}>
      <div className="explorer">
        <div className="explorer__panel" data-scroll-restoration-id="explorer-panel">
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
