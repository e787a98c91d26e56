import {
  DEFAULT_RADIUS_KM,
  NOT_A_FILTER,
  SEARCH_PARAM_NAMES,
  type ParamName,
  type SearchParams,
} from '@/lib/search/search-param-table';

/** One way to loosen an empty search, with the parameters it would give. */
export type Relaxation =
  | { kind: 'radius'; km: number; params: SearchParams }
  | { kind: 'areaMin'; area: number; params: SearchParams }
  | { kind: 'remove'; name: ParamName; params: SearchParams };

export interface CountedRelaxation {
  relaxation: Relaxation;
  count: number;
}

const RADIUS_STEPS = [10, 25, 50, 100, 200];

/**
 * The candidate relaxations of a search, most specific first: widen the radius to the next
 * step, halve the minimum area, then drop each other filter on its own.
 */
export function relaxations(params: SearchParams): Relaxation[] {
  const out: Relaxation[] = [];
  if (params.near) {
    const radius = params.radius_km ?? DEFAULT_RADIUS_KM;
    const km = RADIUS_STEPS.find((step) => step > radius);
    if (km !== undefined) out.push({ kind: 'radius', km, params: { ...params, radius_km: km } });
  }
  if (params.area_min !== undefined && params.area_min > 1) {
    const area = Math.round(params.area_min / 2);
    out.push({ kind: 'areaMin', area, params: { ...params, area_min: area } });
  }
  for (const name of SEARCH_PARAM_NAMES) {
    if (params[name] === undefined || NOT_A_FILTER.has(name)) continue;
    const next: SearchParams = { ...params, [name]: undefined };
    if (name === 'near') next.radius_km = undefined;
    out.push({ kind: 'remove', name, params: next });
  }
  return out;
}

/**
 * The relaxations that would show something, with their counts (re-running the engine through
 * `count`), best first: specific ones (radius, area) before removals, then by count; at most `max`.
 */
export function suggestRelaxations(
  params: SearchParams,
  count: (p: SearchParams) => number,
  max = 3,
): CountedRelaxation[] {
  return relaxations(params)
    .map((relaxation) => ({ relaxation, count: count(relaxation.params) }))
    .filter((r) => r.count > 0)
    .sort(
      (a, b) =>
        Number(a.relaxation.kind === 'remove') - Number(b.relaxation.kind === 'remove') || b.count - a.count,
    )
    .slice(0, max);
}

/** How many filters are set (settings such as sort and the radius do not count). */
export const activeFilterCount = (params: SearchParams): number =>
  SEARCH_PARAM_NAMES.filter((name) => params[name] !== undefined && !NOT_A_FILTER.has(name)).length;
