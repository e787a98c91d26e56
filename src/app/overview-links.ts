import type { FilterPatch } from '@/features/overview/aggregate/overview-model';
import { resolveDateBound } from '@/lib/search/relative-date';
import type { SearchParams } from '@/lib/search/search-params';

const MINS = ['area_min', 'price_min', 'rent_min'] as const;
const MAXES = ['area_max', 'price_max', 'rent_max'] as const;

/**
 * A bar's filter on top of the current search, so the search finds exactly the bar's sites:
 * categories and kind replace the current ones (a bar's value lies inside them); ranges and
 * dates are intersected with the current ones; `dropUnknown` stops sites without a value from
 * slipping into a range.
 */
export function applyFilterPatch(params: SearchParams, patch: FilterPatch, today: string): SearchParams {
  const {
    dropUnknown,
    area_min,
    area_max,
    price_min,
    price_max,
    rent_min,
    rent_max,
    avail,
    avail_after,
    ...cats
  } = patch;
  const next = { ...params, ...cats } as SearchParams;
  const lows = { area_min, price_min, rent_min };
  const highs = { area_max, price_max, rent_max };
  for (const k of MINS) if (lows[k] !== undefined) next[k] = Math.max(params[k] ?? -Infinity, lows[k]);
  for (const k of MAXES) if (highs[k] !== undefined) next[k] = Math.min(params[k] ?? Infinity, highs[k]);
  if (avail !== undefined) {
    const day = (v: string) => resolveDateBound(v, today);
    next.avail = params.avail !== undefined && day(params.avail) < day(avail) ? params.avail : avail;
  }
  if (avail_after !== undefined)
    next.avail_after =
      params.avail_after !== undefined && resolveDateBound(params.avail_after, today) > avail_after
        ? params.avail_after
        : avail_after;
  if (dropUnknown && next.unknown) {
    const unknown = next.unknown.filter((name) => name !== dropUnknown);
    next.unknown = unknown.length > 0 ? unknown : undefined;
  }
  return next;
}
