import { useEffect } from 'react';
import { takeSnapshot } from '@/features/saved-searches/result-snapshot';
import {
  useOpenedSearch,
  useSavedSearchActions,
  type OpenedSearch,
} from '@/features/saved-searches/saved-searches-store';
import { useClock } from '@/lib/clock';
import type { SiteSequence } from '@/lib/sites/site-sequence';

/**
 * A saved search opened from the list: once its results are in, they are diffed against its last
 * opening and recorded as the new one. Returns the opening while the page still shows that
 * search (its marks go away when the filters change), else null.
 */
export function useOpenedSearchHere(
  query: string,
  results: SiteSequence,
  isPending: boolean,
): OpenedSearch | null {
  const opened = useOpenedSearch();
  const today = useClock().today();
  const { resultsSeen } = useSavedSearchActions();
  const here = opened?.query === query ? opened : null;
  const toRecord = here !== null && !here.recorded && !isPending;
  useEffect(() => {
    if (toRecord) resultsSeen(query, results, takeSnapshot(results, today));
  }, [toRecord, query, results, today, resultsSeen]);
  return here;
}
