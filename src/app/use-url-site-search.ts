import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteSearch, type SiteSearch } from '@/features/search/hooks/use-site-search';
import type { ParamProblem, SearchParams } from '@/lib/search/search-params';
import { useClock } from '@/lib/clock';
import { useContextItems } from '@/lib/context/use-context-items';
import { localizedText } from '@/lib/i18n/localized-text';
import { useSites, type SitesState } from '@/lib/sites/use-sites';
import { useDecodedSearch } from './decoded-search';
import { regionTestOf } from './region-test';

export interface UrlSiteSearch {
  sitesState: SitesState;
  params: SearchParams;
  /** Ignored parameters, including an unknown place or region, to tell the user. */
  problems: ParamProblem[];
  search: SiteSearch;
}

/**
 * The search of the current URL: loaded sites, decoded parameters, region and place resolved,
 * the filter engine run once (`useSiteSearch`). The explorer layout and the supply overview use it.
 */
/** `nearMisses: false` where no near misses are shown (the supply overview): a query costs less. */
export function useUrlSiteSearch({ nearMisses = true }: { nearMisses?: boolean } = {}): UrlSiteSearch {
  // Arriving sites render in a deferred (time-sliced) pass: their first render (list, facets,
  // map preview) would otherwise be one long task forced synchronous by TanStack Query's store.
  const sitesState = useDeferredValue(useSites());
  // Decoded once per navigation by the route (decoded-search.ts), with what was ignored.
  const { params, problems } = useDecodedSearch();
  const today = useClock().today();
  const { i18n } = useTranslation();
  // `region=<project id>`: sites inside that project's region (districts, municipalities, points);
  // `region=<news or event id>`: the sites that item relates to (its "… und n weitere" link).
  const { projects, news, events, isPending: contextPending } = useContextItems();
  const project = params.region
    ? [...projects, ...news, ...events].find((p) => p.id === params.region)
    : undefined;
  const regionTest = useMemo(() => regionTestOf(project, today), [project, today]);
  // An unknown project id falls back to no region filter, with a notice (like any bad value).
  const regionUnknown = Boolean(params.region && !contextPending && !project);
  const searchParams = useMemo(
    () => (regionUnknown ? { ...params, region: undefined } : params),
    [params, regionUnknown],
  );
  const search = useSiteSearch({
    sites: sitesState.sites,
    params: searchParams,
    today,
    regionTest,
    regionTitle: project ? localizedText(project, 'title', i18n.language).text : null,
    nearMisses,
    sitesComplete: !sitesState.isPending,
  });
  const allProblems = useMemo(
    () => [
      ...problems,
      ...(search.nearUnknown
        ? [{ param: 'near', value: params.near ?? '', reason: 'invalid' as const }]
        : []),
      ...(regionUnknown ? [{ param: 'region', value: params.region ?? '', reason: 'invalid' as const }] : []),
      ...search.areaProblems,
    ],
    [problems, search.nearUnknown, params.near, params.region, regionUnknown, search.areaProblems],
  );
  return { sitesState, params, problems: allProblems, search };
}
