import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Site } from '@/lib/sites/site';
import { sitesAtIds, type SiteSequence } from '@/lib/sites/site-sequence';
import { dayNumber, buildSiteIndex, type SiteIndex } from '@/lib/search/engine/site-index';
import { runQuery, type QueryResult } from '@/lib/search/engine/run-query';
import { warmUpWhenIdle } from '@/lib/search/engine/warm-up';
import { lonLat } from '@/lib/search/param-decoders';
import { gazetteerQueryOptions } from '../places/gazetteer-query';
import { useKnownAreas } from './use-known-areas';
import type { ParamProblem } from '@/lib/search/search-params';
import type { Place } from '../places/gazetteer';
import type { SearchParams } from '@/lib/search/search-param-table';

export interface SiteSearch {
  /** The typed columns the results index into (for aggregations such as the supply overview). */
  index: SiteIndex;
  result: QueryResult;
  /** The matching sites in sort order (a view over the result ids, not a copy). */
  results: SiteSequence;
  /** The place `near` points at, when it names a gazetteer place. */
  nearPlace: Place | null;
  /** The point `near` resolves to (given as `lon,lat` or the gazetteer place's), once known. */
  nearPoint: readonly [number, number] | null;
  /** `near` names a place the gazetteer does not know. */
  nearUnknown: boolean;
  /** District and municipality keys of no district in the region, left out of the search. */
  areaProblems: ParamProblem[];
  /** District (the sites' names, else the districts gazetteer's) and municipality names by AGS key, the `near` place's and the region's names by their ids, for labels. */
  names: ReadonlyMap<string, string>;
  /** How many sites other parameters would give (same data, place and region): for suggestions. */
  countWith: (params: SearchParams) => number;
}

interface SiteSearchOptions {
  sites: readonly Site[];
  params: SearchParams;
  today: string;
  /** Membership test for `region=<project id>`, supplied by the app (null: unknown region). */
  regionTest?: ((site: Site) => boolean) | null;
  /** The title of the project (or news item, event) `region` names, in the page's language, for its chip. */
  regionTitle?: string | null;
  /** Look for near misses (the search list shows them; the supply overview does not). */
  nearMisses?: boolean;
  /** Every collection has answered: only then is a district no site names called unknown. */
  sitesComplete?: boolean;
}

/**
 * Runs the filter engine for the URL's parameters; the index is built once per loaded dataset.
 * The query runs in the same render as the URL change (a few ms at 100,000 sites): deferring it
 * made React render the whole view twice, the second time in slices between map frames, which
 * doubled the time to the updated list (docs/performance.md).
 */
export function useSiteSearch({
  sites,
  params: urlParams,
  today,
  regionTest = null,
  regionTitle = null,
  nearMisses = true,
  sitesComplete = true,
}: SiteSearchOptions): SiteSearch {
  const index = useMemo(() => buildSiteIndex(sites), [sites]);
  const areas = useKnownAreas(urlParams, index.names, sitesComplete);
  const { params } = areas;
  useEffect(() => warmUpWhenIdle(index, { today: dayNumber(today) }), [index, today]);
  const nearPoint = params.near ? lonLat(params.near) : undefined;
  const needsGazetteer = Boolean(params.near && !nearPoint);
  const gazetteer = useQuery({ ...gazetteerQueryOptions(), enabled: needsGazetteer });
  const nearPlace = needsGazetteer ? (gazetteer.data?.find((p) => p.id === params.near) ?? null) : null;
  const regionMask = useMemo(() => {
    if (!params.region || !regionTest) return null;
    return Uint8Array.from(index.sites, (s) => (regionTest(s) ? 1 : 0));
  }, [index, params.region, regionTest]);
  const point: [number, number] | null = nearPoint ?? (nearPlace ? [nearPlace.lon, nearPlace.lat] : null);
  const result = useMemo(
    () =>
      runQuery(
        index,
        params,
        {
          today: dayNumber(today),
          nearPoint: point,
          inRegion: regionMask ? (i) => regionMask[i] === 1 : null,
        },
        { nearMisses },
      ),
    // point is derived from the two values below; a fresh array each render must not re-run the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, params, today, point?.[0], point?.[1], regionMask, nearMisses],
  );
  const results = useMemo(() => sitesAtIds(index.sites, result.ids), [result, index]);
  const countWith = useCallback(
    (p: SearchParams) => {
      const r = runQuery(
        index,
        p,
        {
          today: dayNumber(today),
          nearPoint: p.near ? point : null,
          inRegion: p.region && regionMask ? (i) => regionMask[i] === 1 : null,
        },
        { nearMisses: false },
      );
      return r.plots + r.halls;
    },
    // as above: the point's coordinates, not the array, decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, today, point?.[0], point?.[1], regionMask],
  );
  const nearUnknown = needsGazetteer && gazetteer.isSuccess && !nearPlace;
  const [lon, lat] = point ?? [];
  const resolvedPoint = useMemo(
    () => (lon === undefined || lat === undefined ? null : ([lon, lat] as const)),
    [lon, lat],
  );
  // The place `near` and the region `region` name go with the district and municipality names
  // (their ids are no AGS keys).
  const { region } = params;
  const names = useMemo(() => {
    const more: [string, string][] = [];
    if (nearPlace) more.push([nearPlace.id, nearPlace.name]);
    if (region && regionTitle) more.push([region, regionTitle]);
    return more.length === 0 ? areas.names : new Map([...areas.names, ...more]);
  }, [areas.names, nearPlace, region, regionTitle]);
  // One object per result, so a render that changes nothing here hands its readers the same one.
  return useMemo(
    () => ({
      index,
      result,
      results,
      nearPlace,
      nearPoint: resolvedPoint,
      nearUnknown,
      areaProblems: areas.problems,
      names,
      countWith,
    }),
    [index, result, results, nearPlace, resolvedPoint, nearUnknown, areas.problems, names, countWith],
  );
}
