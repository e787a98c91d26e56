import type { FacetCounts } from '@/lib/search/engine/run-query';
import type { SiteIndex } from '@/lib/search/engine/site-index';
import type { SearchParams, UnknownName } from '@/lib/search/search-param-table';

/** What every filter control gets: the URL's parameters, a way to change them, facet counts. */
export interface FilterSectionProps {
  params: SearchParams;
  set: (patch: Partial<SearchParams>) => void;
  facets: FacetCounts;
  /** District and municipality names by AGS key. */
  names: ReadonlyMap<string, string>;
  /** The typed columns and the result ids (for the size histogram). */
  index: SiteIndex;
  resultIds: Uint32Array;
}

export function toggleUnknown(params: SearchParams, name: UnknownName, on: boolean): Partial<SearchParams> {
  const next = (params.unknown ?? []).filter((n) => n !== name);
  if (on) next.push(name);
  return { unknown: next.length > 0 ? next : undefined };
}
