import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ParamProblem } from '@/lib/search/search-params';
import type { SearchParams } from '@/lib/search/search-param-table';
import { districtsQueryOptions } from '../places/districts-query';
import { areaKeys, withDistrictNames, withKnownAreas } from './known-areas';

const NONE: ParamProblem[] = [];

/**
 * The search's district and municipality keys checked against the region's districts (loaded
 * when a link names one) and the sites' own names, once every collection has answered
 * (`sitesComplete`): the parameters to search with, what was left out, and the districts' names
 * for the keys no site names (a district without sites is "Landkreis: Vogtlandkreis", not 14523).
 */
export function useKnownAreas(
  params: SearchParams,
  siteNames: ReadonlyMap<string, string>,
  sitesComplete: boolean,
): { params: SearchParams; problems: ParamProblem[]; names: ReadonlyMap<string, string> } {
  const wanted = Boolean(params.district?.length || params.municipality?.length);
  const districts = useQuery({ ...districtsQueryOptions(), enabled: wanted }).data;
  const checked = useMemo(
    () =>
      districts && sitesComplete
        ? withKnownAreas(params, areaKeys(districts, siteNames))
        : { params, problems: NONE },
    [params, districts, siteNames, sitesComplete],
  );
  const names = useMemo(
    () => withDistrictNames(siteNames, districts, params.district ?? []),
    [params.district, siteNames, districts],
  );
  return { params: checked.params, problems: checked.problems, names };
}
