import { createContext, useContext } from 'react';
import type { SiteSearch } from '@/features/search/hooks/use-site-search';
import type { ParamProblem, SearchParams } from '@/lib/search/search-params';
import type { SiteSequence } from '@/lib/sites/site-sequence';
import type { SitesState } from '@/lib/sites/use-sites';

/** What the explorer layout derives once and hands to its panels (list or detail). */
export interface ExplorerData {
  sitesState: SitesState;
  params: SearchParams;
  problems: ParamProblem[];
  /** The matching sites in sort order (= search.results). */
  results: SiteSequence;
  counts: { plots: number; halls: number };
  search: SiteSearch;
  /** The site selected on the map or in the list (`sel`), or the one whose detail is open. */
  selectedKey: string | null;
}

export const ExplorerContext = createContext<ExplorerData | null>(null);

export function useExplorer(): ExplorerData {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer outside the explorer layout');
  return value;
}
