import { criterionDef, CRITERION_NAMES, type CriterionName } from '../criteria/criteria';
import type { CriterionDef, EngineGroup, KindScope } from '../criteria/criterion-types';
import { DEFAULT_RADIUS_KM, type SearchParams, type UnknownName } from '../search-param-table';
import { resolveDateBound } from '../relative-date';
import { queryTokens } from './normalize-text';
import { boxMiss, boxSet, kindMask, polygonSet, radiusMiss, radiusSet, type SiteSet } from './site-sets';
import { searchTextOf, type Category, type SiteIndex } from './site-index';

/**
 * Compiles the URL's search parameters into filter groups over the site index, one group per
 * active criterion of the criteria table (a group is one user-facing filter, one facet
 * dimension; facet counts are the matches of all *other* groups).
 */

/**
 * A filter group as data, so the evaluator (evaluate-groups.ts) runs one tight loop per group
 * over typed columns instead of calling a closure per site.
 */
export type FilterGroup = {
  name: CriterionName;
  /** -1: every kind; 0 or 1: the group applies to plots or halls only (and excludes the other). */
  kindOnly: number;
} & (
  | {
      type: 'range';
      col: Float64Array;
      lo: number;
      hi: number;
      keepUnknown: boolean;
      /** Day numbers: a miss is measured in years, not relative to the date. */
      days?: true;
    }
  | { type: 'category'; codes: Uint16Array; ok: Uint8Array }
  | {
      type: 'mask';
      mask: Uint8Array;
      ids?: Uint32Array;
      /** An area: how far a site outside lies (relative to the area's size), and the area widened for near misses. */
      area?: AreaMiss;
    }
  | { type: 'flag'; flags: Uint16Array; bit: number }
  | { type: 'test'; test: (i: number) => boolean }
);

/** How far outside an area a site lies, relative to the area's size (0.5 = half its radius). */
export interface AreaMiss {
  miss: (i: number) => number;
  /** The sites of the area widened by `AREA_MISS_LIMIT`: where its near misses are looked for. */
  widened: () => SiteSet;
}

export interface QueryContext {
  /** Today as a day number (days since 1970-01-01), from the app's clock. */
  today: number;
  /** The centre of `near`, resolved by the caller (coordinates or a gazetteer place). */
  nearPoint?: [number, number] | null;
  /** Region membership of `region=<project id>`, resolved by the caller. */
  inRegion?: ((site: number) => boolean) | null;
}

/** What compiling one criterion needs. */
interface Env {
  index: SiteIndex;
  p: SearchParams;
  ctx: QueryContext;
  keep: ReadonlySet<UnknownName>;
  /** Wishes (`want=`): under a wish an unknown value counts as not met. */
  wants: ReadonlySet<CriterionName>;
}

const KIND_ONLY: Record<KindScope, number> = { all: -1, plots: 0, halls: 1 };
const param = (p: SearchParams, name: string): unknown => (p as Record<string, unknown>)[name];
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOfDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
/** A date bound (`now`, a date or a duration such as `P12M`) as a day number, relative to today. */
const bound = (v: string, today: number) => day(resolveDateBound(v, isoOfDay(today)));

/** A set of allowed codes of a category column, as a lookup table over every possible code. */
function allowed(cat: Category, values: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const v of values) {
    const code = cat.values.indexOf(v);
    if (code >= 0) table[code] = 1;
  }
  return table;
}

type Compiler<T extends EngineGroup['type']> = (
  name: CriterionName,
  def: CriterionDef & { group: Extract<EngineGroup, { type: T }> },
  env: Env,
) => FilterGroup | null;

const keepsUnknown = (name: CriterionName, unknown: true | undefined, env: Env) =>
  unknown === true && env.keep.has(name as UnknownName) && !env.wants.has(name);

const range: Compiler<'range'> = (name, { group, kinds, unknown }, env) => {
  const { index, p } = env;
  const lo = group.min ? (param(p, group.min) as number | undefined) : undefined;
  const hi = group.max ? (param(p, group.max) as number | undefined) : undefined;
  if (lo === undefined && hi === undefined) return null;
  const col = index.num[name as keyof SiteIndex['num']];
  const keepUnknown = keepsUnknown(name, unknown, env);
  return {
    name,
    type: 'range',
    col,
    lo: lo ?? -Infinity,
    hi: hi ?? Infinity,
    keepUnknown,
    kindOnly: KIND_ONLY[kinds],
  };
};

const dateRange: Compiler<'dateRange'> = (name, { group, kinds, unknown }, env) => {
  const { index, p, ctx } = env;
  const by = param(p, group.by) as string | undefined;
  const after = param(p, group.after) as string | undefined;
  if (by === undefined && after === undefined) return null;
  return {
    name,
    type: 'range',
    col: index.day[name as keyof SiteIndex['day']],
    lo: after === undefined ? -Infinity : bound(after, ctx.today) + 1,
    hi: by === undefined ? Infinity : bound(by, ctx.today),
    keepUnknown: keepsUnknown(name, unknown, env),
    kindOnly: KIND_ONLY[kinds],
    days: true,
  };
};

const category: Compiler<'category'> = (name, { group, kinds }, { index, p }) => {
  const raw = param(p, group.param) as string | readonly string[] | undefined;
  const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  if (values.length === 0) return null;
  const cat = index.cat[name as keyof SiteIndex['cat']];
  const accepted = values.flatMap((v) => group.accept?.(v) ?? [v]);
  return { name, type: 'category', kindOnly: KIND_ONLY[kinds], codes: cat.codes, ok: allowed(cat, accepted) };
};

const flag: Compiler<'flag'> = (name, { group, kinds }, { index, p }) =>
  param(p, group.param) === true
    ? {
        name,
        type: 'flag',
        flags: index.flags,
        bit: index.flagBit[name as keyof SiteIndex['flagBit']],
        kindOnly: KIND_ONLY[kinds],
      }
    : null;

/** Criteria the engine evaluates in a way of their own. */
function special(name: CriterionName, type: EngineGroup['type'], { index, p, ctx }: Env): FilterGroup | null {
  const mask = (set: { mask: Uint8Array; ids?: Uint32Array }, area?: AreaMiss): FilterGroup => ({
    name,
    kindOnly: -1,
    type: 'mask',
    ...set,
    ...(area ? { area } : {}),
  });
  const test = (fn: (i: number) => boolean): FilterGroup => ({ name, kindOnly: -1, type: 'test', test: fn });
  switch (type) {
    case 'kind':
      return p.kind ? mask({ mask: kindMask(index, p.kind === 'halls' ? 1 : 0) }) : null;
    case 'text':
      return p.q ? textGroup(index, p.q, test) : null;
    case 'near': {
      if (!p.near || !ctx.nearPoint) return null;
      const r = p.radius_km ?? DEFAULT_RADIUS_KM;
      return mask(radiusSet(index, ctx.nearPoint, r), radiusMiss(index, ctx.nearPoint, r));
    }
    case 'bbox':
      return p.bbox ? mask(boxSet(index, ...p.bbox), boxMiss(index, p.bbox)) : null;
    case 'poly':
      return p.poly ? mask(polygonSet(index, p.poly), boxMiss(index, boundsOf(p.poly))) : null;
    case 'region':
      // An unresolved region matches nothing (the caller drops an unknown one with a notice).
      return p.region ? test(ctx.inRegion ?? (() => false)) : null;
    case 'tags':
      return p.sector && p.sector.length > 0 ? test(tagTest(index, p.sector)) : null;
    default:
      return null;
  }
}

/** Every word of the query must start a word of the site's text (texts are space-padded). */
/** The bounding box of a drawn polygon: its near misses are measured against it. */
function boundsOf(poly: readonly [number, number][]): [number, number, number, number] {
  const xs = poly.map((c) => c[0]);
  const ys = poly.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function textGroup(index: SiteIndex, q: string, test: (fn: (i: number) => boolean) => FilterGroup) {
  const starts = queryTokens(q).map((t) => ` ${t}`);
  if (starts.length === 0) return null;
  const text = searchTextOf(index);
  return test((i) => starts.every((t) => text[i]!.includes(t)));
}

/** Any of the tags. */
function tagTest(index: SiteIndex, tags: readonly string[]): (i: number) => boolean {
  const { words, bits, values } = index.sectors;
  const mask = new Uint32Array(words);
  for (const tag of tags) {
    const b = values.indexOf(tag);
    if (b >= 0) mask[b >>> 5]! |= 1 << (b & 31);
  }
  return (i) => {
    for (let w = 0; w < words; w++) if ((bits[i * words + w]! & mask[w]!) !== 0) return true;
    return false;
  };
}

/** Each criterion with its compiler, worked out once: a query only runs them. */
const COMPILERS: readonly ((env: Env) => FilterGroup | null)[] = CRITERION_NAMES.map((name) => {
  const def = criterionDef(name);
  const { group } = def;
  switch (group.type) {
    case 'range':
      return range.bind(null, name, { ...def, group });
    case 'dateRange':
      return dateRange.bind(null, name, { ...def, group });
    case 'category':
      return category.bind(null, name, { ...def, group });
    case 'flag':
      return flag.bind(null, name, { ...def, group });
    default:
      return (env) => special(name, group.type, env);
  }
});

export function compileGroups(index: SiteIndex, p: SearchParams, ctx: QueryContext): FilterGroup[] {
  const env: Env = { index, p, ctx, keep: new Set(p.unknown ?? []), wants: new Set(p.want ?? []) };
  const groups: FilterGroup[] = [];
  for (const compile of COMPILERS) {
    const g = compile(env);
    if (g) groups.push(g);
  }
  return groups;
}
