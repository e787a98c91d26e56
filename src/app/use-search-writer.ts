import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { markFilterChange } from '@/lib/perf-marks';
import type { SearchParams } from '@/lib/search/search-params';
import { decodedOf, type DecodedSearch } from './decoded-search';
import type { LayoutParams } from './layout-params';

export interface SearchWriter {
  /** A change over the current filters; `undefined` removes a filter. */
  merge: (change: Partial<SearchParams>) => void;
  /** The whole next filter state, as the filter bar hands it over; `{}` resets the filters. */
  replace: (next: SearchParams) => void;
  /** The layout (`view`, `sel`): not a filter change, so it replaces the history entry. */
  layout: (change: Partial<LayoutParams>) => void;
}

type NextState = (current: DecodedSearch) => { filters: SearchParams; layout: LayoutParams };

/** Raw parameters a write carries over as they are (the language is not the search's to drop). */
const carried = (prev: object) => {
  const { lang } = prev as { lang?: unknown };
  return lang === undefined ? {} : { lang };
};

/**
 * The one way the app writes its search to the URL. A write starts from the decoded search of
 * the page (decoded-search.ts), so what was ignored is not written back, and keeps the layout
 * and `lang`. A filter change is a new history entry, marked for the latency measurement
 * (`measure`, perf-marks.ts). The fragment (`#map=`) is the map's: it writes it back after
 * every navigation.
 */
export function useSearchWriter({ measure = true } = {}): SearchWriter {
  const navigate = useNavigate();
  return useMemo(() => {
    const write = (next: NextState, { filter }: { filter: boolean }) => {
      if (filter && measure) markFilterChange();
      void navigate({
        to: '.',
        search: (prev) => {
          const { filters, layout } = next(decodedOf(prev) ?? { params: {}, layout: {}, problems: [] });
          return { ...carried(prev), ...layout, ...filters };
        },
        replace: !filter,
        // The viewport (`#map=`) belongs to the view, not to the search: a filter keeps it.
        hash: true,
        hashScrollIntoView: false,
      });
    };
    return {
      merge: (change) =>
        write((d) => ({ filters: { ...d.params, ...change }, layout: d.layout }), { filter: true }),
      replace: (filters) => write((d) => ({ filters, layout: d.layout }), { filter: true }),
      layout: (change) =>
        write((d) => ({ filters: d.params, layout: { ...d.layout, ...change } }), { filter: false }),
    };
  }, [navigate, measure]);
}
