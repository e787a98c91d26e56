import type { Site } from '@/lib/sites/site';
import { criterionDef, type CriterionName } from '../criteria/criteria';
import { distanceKmFast } from '../engine/geo-distance';
import { resolveDateBound } from '../relative-date';
import { DEFAULT_RADIUS_KM, type SearchParams } from '../search-param-table';

/**
 * "Kriterium lockern": the search with exactly one criterion loosened just enough for a near
 * miss to pass. A bound moves to the site's value, rounded outward to two significant digits
 * (9.23 ha under "at least 10 ha" → 9.2 ha; 23.4 km under "at most 20 km" → 24 km); a list gains
 * the site's value; a radius grows to the site's distance; a box grows to take the site in; a
 * site without a value is kept with `unknown=`. Where nothing smaller fits (a yes/no, a drawn
 * polygon, a single-choice option), the criterion is dropped. Nothing else changes.
 */
export interface LoosenContext {
  nearPoint?: readonly [number, number] | null;
  /** The app's today: resolves a relative bound (`avail_after=P6M`). */
  today?: string;
}

type Params = Record<string, unknown>;

export function loosenCriterion(
  name: CriterionName,
  site: Site,
  params: SearchParams,
  ctx: LoosenContext = {},
): SearchParams {
  const next: Params = { ...params };
  const { group, unknown } = criterionDef(name);
  switch (group.type) {
    case 'range': {
      const v = group.column(site);
      if (v === null || v === undefined) return keepUnknown(name, next, unknown === true);
      if (group.min && typeof next[group.min] === 'number' && v < (next[group.min] as number))
        next[group.min] = roundOutward(v, 'down');
      if (group.max && typeof next[group.max] === 'number' && v > (next[group.max] as number))
        next[group.max] = roundOutward(v, 'up');
      return next as SearchParams;
    }
    case 'dateRange': {
      const date = group.column(site);
      if (!date) return keepUnknown(name, next, unknown === true);
      if (next[group.by] !== undefined) next[group.by] = date;
      const after = next[group.after];
      const afterDate = typeof after === 'string' && ctx.today ? resolveDateBound(after, ctx.today) : after;
      if (typeof afterDate === 'string' && date <= afterDate) next[group.after] = dayBefore(date);
      return next as SearchParams;
    }
    case 'category': {
      const value = group.column(site);
      const url = value === null ? undefined : (group.urlValueOf?.(value) ?? value);
      const current = next[group.param];
      if (url === undefined || !Array.isArray(current)) return without(name, next);
      next[group.param] = [...(current as string[]), url];
      return next as SearchParams;
    }
    case 'near':
      return widenRadius(site, next, ctx.nearPoint ?? null) ?? without(name, next);
    case 'bbox':
      return growBox(site, next);
    case 'tags': {
      const tag = site.sector_tags[0];
      if (!tag || !Array.isArray(next.sector)) return without(name, next);
      next.sector = [...(next.sector as string[]), tag];
      return next as SearchParams;
    }
    default:
      return without(name, next);
  }
}

function keepUnknown(name: CriterionName, next: Params, allowed: boolean): SearchParams {
  if (!allowed) return without(name, next);
  const kept = (next.unknown as string[] | undefined) ?? [];
  next.unknown = kept.includes(name) ? kept : [...kept, name];
  return next as SearchParams;
}

/** The search without the criterion's own parameters. */
function without(name: CriterionName, next: Params): SearchParams {
  for (const param of Object.keys(criterionDef(name).params)) delete next[param];
  return next as SearchParams;
}

function widenRadius(site: Site, next: Params, point: readonly [number, number] | null): SearchParams | null {
  if (!point) return null;
  const d = distanceKmFast(point[0], point[1], site.lon, site.lat);
  const radius = (next.radius_km as number | undefined) ?? DEFAULT_RADIUS_KM;
  if (d > radius) next.radius_km = Math.max(Math.ceil(d), radius);
  return next as SearchParams;
}

/** The box grown to take in the site, with a margin of 1 % of its size (rounded to 5 decimals). */
function growBox(site: Site, next: Params): SearchParams {
  const box = next.bbox as [number, number, number, number] | undefined;
  if (!box) return next as SearchParams;
  const [w, s, e, n] = box;
  const mx = (e - w) * 0.01;
  const my = (n - s) * 0.01;
  const r5 = (x: number) => Math.round(x * 1e5) / 1e5;
  next.bbox = [
    r5(Math.min(w, site.lon - mx)),
    r5(Math.min(s, site.lat - my)),
    r5(Math.max(e, site.lon + mx)),
    r5(Math.max(n, site.lat + my)),
  ];
  return next as SearchParams;
}

/** Two significant digits, away from the bound's side: `down` for a minimum, `up` for a maximum. */
export function roundOutward(value: number, direction: 'down' | 'up'): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const steps = direction === 'down' ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9);
  return Number((steps * step).toPrecision(12));
}

function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
