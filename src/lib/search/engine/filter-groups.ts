import { criterionDef, CRITERION_NAMES, type CriterionName } from '../criteria/criteria';
import type { CriterionDef, EngineGroup, KindScope } from '../criteria/criterion-types';
import { DEFAULT_RADIUS_KM, type SearchParams, type UnknownName } from '../search-param-table';
import { queryTokens } from './normalize-text';
import { boxSet, kindMask, polygonSet, radiusSet } from './site-sets';
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
export type FilterGroup = { name: string } & (
  | { type: 'range'; col: Float64Array; lo: number; hi: number; keepUnknown: boolean; kindOnly: number }
  | { type: 'category'; codes: Uint16Array; ok: Uint8Array }
  | { type: 'mask'; mask: Uint8Array; ids?: Uint32Array }
  | { type: 'flag'; flags: Uint16Array; bit: number; kindOnly: number }
  | { type: 'test'; test: (i: number) => boolean }
);

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
}

const KIND_ONLY: Record<KindScope, number> = { all: -1, plots: 0, halls: 1 };
const param = (p: SearchParams, name: string): unknown => (p as Record<string, unknown>)[name];
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

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

const range: Compiler<'range'> = (name, { group, kinds, unknown }, { index, p, keep }) => {
  const lo = group.min ? (param(p, group.min) as number | undefined) : undefined;
  const hi = group.max ? (param(p, group.max) as number | undefined) : undefined;
  if (lo === undefined && hi === undefined) return null;
  const col = index.num[name as keyof SiteIndex['num']];
  const keepUnknown = unknown === true && keep.has(name as UnknownName);
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

const dateRange: Compiler<'dateRange'> = (name, { group, kinds, unknown }, { index, p, ctx, keep }) => {
  const by = param(p, group.by) as string | undefined;
  const after = param(p, group.after) as string | undefined;
  if (by === undefined && after === undefined) return null;
  return {
    name,
    type: 'range',
    col: index.day[name as keyof SiteIndex['day']],
    lo: after === undefined ? -Infinity : day(after) + 1,
    hi: by === undefined ? Infinity : by === 'now' ? ctx.today : day(by),
    keepUnknown: unknown === true && keep.has(name as UnknownName),
    kindOnly: KIND_ONLY[kinds],
  };
};

const category: Compiler<'category'> = (name, { group }, { index, p }) => {
  const raw = param(p, group.param) as string | readonly string[] | undefined;
  const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  if (values.length === 0) return null;
  const cat = index.cat[name as keyof SiteIndex['cat']];
  const accepted = values.flatMap((v) => group.accept?.(v) ?? [v]);
  return { name, type: 'category', codes: cat.codes, ok: allowed(cat, accepted) };
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
  const mask = (set: { mask: Uint8Array; ids?: Uint32Array }) => ({ name, type: 'mask' as const, ...set });
  const test = (fn: (i: number) => boolean) => ({ name, type: 'test' as const, test: fn });
  switch (type) {
    case 'kind':
      return p.kind ? mask({ mask: kindMask(index, p.kind === 'halls' ? 1 : 0) }) : null;
    case 'text':
      return p.q ? textGroup(index, p.q, test) : null;
    case 'near':
      return p.near && ctx.nearPoint
        ? mask(radiusSet(index, ctx.nearPoint, p.radius_km ?? DEFAULT_RADIUS_KM))
        : null;
    case 'bbox':
      return p.bbox ? mask(boxSet(index, ...p.bbox)) : null;
    case 'poly':
      return p.poly ? mask(polygonSet(index, p.poly)) : null;
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
  const env: Env = { index, p, ctx, keep: new Set(p.unknown ?? []) };
  const groups: FilterGroup[] = [];
  for (const compile of COMPILERS) {
    const g = compile(env);
    if (g) groups.push(g);
  }
  return groups;
}
