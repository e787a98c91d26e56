import { createContext, useContext } from 'react';
import type { KindCounts } from '@/features/search/filter-sites';
import type { ParamProblem, SearchParams } from '@/features/search/search-params';
import type { Site } from '@/lib/sites/site';
import type { SitesState } from '@/lib/sites/use-sites';

/** What the explorer layout derives once and hands to its panels (list or detail). */
export interface ExplorerData {
  sitesState: SitesState;
  params: SearchParams;
  problems: ParamProblem[];
  results: Site[];
  counts: KindCounts;
}

export const ExplorerContext = createContext<ExplorerData | null>(null);

export function useExplorer(): ExplorerData {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer outside the explorer layout');
  return value;
}
