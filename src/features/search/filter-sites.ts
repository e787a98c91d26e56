import type { Site } from '@/lib/sites/site';
import type { SearchParams } from './search-params';

/**
 * The filter engine: a pure function from all sites and the URL's search parameters to
 * the result set. Withdrawn sites are never part of a result.
 */
export function filterSites(sites: readonly Site[], params: SearchParams): Site[] {
  const kind = params.kind === 'plots' ? 'plot' : params.kind === 'halls' ? 'hall' : undefined;
  const min = params.area_min ?? -Infinity;
  const max = params.area_max ?? Infinity;
  const states = params.state && params.state.length > 0 ? new Set<string>(params.state) : undefined;
  const out: Site[] = [];
  for (const site of sites) {
    if (site.status === 'withdrawn') continue;
    if (kind && site.kind !== kind) continue;
    if (site.area_m2 < min || site.area_m2 > max) continue;
    if (states && !states.has(site.state)) continue;
    out.push(site);
  }
  return out;
}

export interface KindCounts {
  plots: number;
  halls: number;
}

export function countByKind(sites: readonly Site[]): KindCounts {
  let plots = 0;
  for (const s of sites) if (s.kind === 'plot') plots += 1;
  return { plots, halls: sites.length - plots };
}
