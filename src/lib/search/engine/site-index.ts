import type KDBush from 'kdbush';
import type { Site } from '@/lib/sites/site';
import {
  CATEGORY_NAMES,
  DATE_NAMES,
  groupOf,
  FLAG_NAMES,
  RANGE_NAMES,
  type CategoryName,
  type DateName,
  type FlagName,
  type RangeName,
} from '../criteria/criteria';
import { yieldToBrowser } from '@/lib/yield-to-browser';
import { kdTreeSteps } from './kd-sort';
import { foldText } from './normalize-text';
import { prepareDefaultOrder } from './sort-order';
import { sortSteps } from './sort-steps';

/**
 * The loaded sites as typed columns, built once per dataset so a query never touches the
 * site objects: numbers as Float64Array (NaN = unknown), categories as small codes, flags as
 * bits, sector tags as bit sets, centroids in a KD-tree. Which columns there are comes from the
 * criteria table.
 */

/** Price on request: no filter reads it; the supply overview counts it. The criteria's flags follow. */
export const ON_REQUEST_BIT = 1;
const FLAG_BITS = Object.fromEntries(FLAG_NAMES.map((name, k) => [name, 2 << k])) as Record<FlagName, number>;
export const NONE = 0xffff;

/** Categorical column: per-site code into `values` (NONE where missing or not applicable). */
export interface Category {
  values: string[];
  codes: Uint16Array;
}

export interface SiteIndex {
  sites: readonly Site[];
  size: number;
  isHall: Uint8Array;
  listed: Uint8Array;
  /** `ON_REQUEST_BIT` and one bit per yes/no criterion (`flagBit`). */
  flags: Uint16Array;
  flagBit: Readonly<Record<FlagName, number>>;
  /** One column per numeric criterion (NaN = unknown). */
  num: Readonly<Record<RangeName, Float64Array>>;
  /** One column per category criterion. */
  cat: Readonly<Record<CategoryName, Category>>;
  /** One column of day numbers (days since 1970-01-01) per date criterion. */
  day: Readonly<Record<DateName, Float64Array>>;
  asOfDay: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  sectors: { values: string[]; words: number; bits: Uint32Array };
  /** Folded search text per site, built on the first text query (see `searchTextOf`). */
  text: string[] | null;
  /** District and municipality names by AGS key, for facet labels. */
  names: Map<string, string>;
  points: KDBush;
  /** Each site's place in the order of site keys: the tie-break of every sort. */
  keyRank: Uint32Array;
}

const positionsCache = new WeakMap<readonly Site[], Map<Site, number>>();

/** Where each site sits in `sites` (per-site results such as the fit are kept by position). */
export function sitePositions(sites: readonly Site[]): ReadonlyMap<Site, number> {
  let positions = positionsCache.get(sites);
  if (!positions) positionsCache.set(sites, (positions = new Map(sites.map((s, i) => [s, i]))));
  return positions;
}

/** The folded text of every site for `q` (German and English names), computed once per index on first use. */
export function searchTextOf(index: SiteIndex): string[] {
  index.text ??= index.sites.map(
    (x) =>
      ` ${foldText([x.name, x.name_en ?? '', x.park ?? '', x.park_en ?? '', x.municipality, x.district].join(' '))} `,
  );
  return index.text;
}

export const dayNumber = (iso: string | null): number =>
  iso === null ? Number.NaN : Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * `dayNumber` for the index's date columns: a dataset holds few different dates (a column page
 * sends each once), so each is parsed once: 100,000 `Date.parse` calls per column were a fifth
 * of the index's build.
 */
function dayNumbers(): (iso: string | null) => number {
  const days = new Map<string, number>();
  return (iso) => {
    if (iso === null) return Number.NaN;
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = dayNumber(iso)));
    return day;
  };
}

/** Rows between two points where a sliced build may give the browser a turn. */
const ROWS_PER_STEP = 8192;
const pause = (i: number) => (i & (ROWS_PER_STEP - 1)) === ROWS_PER_STEP - 1;
type Steps<T> = Generator<void, T>;

/**
 * A criterion's value of a site. The column builders below read each site once for all the
 * columns of a group: a pass over the sites per column was ~2.5× slower at 100,000 sites.
 */
type Reader<T> = (site: Site) => T;

/** Category columns, one pass over the sites for all of them. */
function* categories<N extends string>(
  sites: readonly Site[],
  names: readonly N[],
  readerOf: (name: N) => Reader<string | null>,
): Steps<Record<N, Category>> {
  const readers = names.map(readerOf);
  const lookups = names.map(() => new Map<string, number>());
  const columns: Category[] = names.map(() => ({ values: [], codes: new Uint16Array(sites.length) }));
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]!;
    for (let c = 0; c < readers.length; c++) {
      const v = readers[c]!(site);
      const { values, codes } = columns[c]!;
      let code = v === null ? NONE : lookups[c]!.get(v);
      if (code === undefined) {
        code = values.length;
        lookups[c]!.set(v!, code);
        values.push(v!);
      }
      // One array type for every category keeps the engine's loops monomorphic.
      codes[i] = code;
    }
    if (pause(i)) yield;
  }
  return byNameOf(names, columns);
}

/** Numeric columns (NaN where unknown), one pass over the sites for all of them. */
function* numbers<N extends string>(
  sites: readonly Site[],
  names: readonly N[],
  readerOf: (name: N) => Reader<number | null | undefined>,
): Steps<Record<N, Float64Array>> {
  const readers = names.map(readerOf);
  const columns = names.map(() => new Float64Array(sites.length));
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]!;
    for (let c = 0; c < readers.length; c++) columns[c]![i] = readers[c]!(site) ?? Number.NaN;
    if (pause(i)) yield;
  }
  return byNameOf(names, columns);
}

const byNameOf = <N extends string, T>(names: readonly N[], columns: readonly T[]) =>
  Object.fromEntries(names.map((name, c) => [name, columns[c]])) as Record<N, T>;

/** Hall or plot, listed or withdrawn, as one byte each per site. */
function* kindAndListing(sites: readonly Site[]): Steps<{ isHall: Uint8Array; listed: Uint8Array }> {
  const isHall = new Uint8Array(sites.length);
  const listed = new Uint8Array(sites.length);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]!;
    isHall[i] = site.kind === 'hall' ? 1 : 0;
    listed[i] = site.status !== 'withdrawn' ? 1 : 0;
    if (pause(i)) yield;
  }
  return { isHall, listed };
}

/** Yes/no criteria and "price on request" as bits per site. */
function* flagColumn(sites: readonly Site[]): Steps<Uint16Array> {
  const tests = FLAG_NAMES.map((name) => [FLAG_BITS[name], groupOf(name, 'flag').column] as const);
  const flags = new Uint16Array(sites.length);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]!;
    let f = site.price_on_request ? ON_REQUEST_BIT : 0;
    for (const [bit, test] of tests) if (test(site)) f |= bit;
    flags[i] = f;
    if (pause(i)) yield;
  }
  return flags;
}

function* sectorBits(sites: readonly Site[]): Steps<SiteIndex['sectors']> {
  const tagSet = new Map<string, number>();
  for (let i = 0; i < sites.length; i++) {
    for (const tag of sites[i]!.sector_tags) if (!tagSet.has(tag)) tagSet.set(tag, tagSet.size);
    if (pause(i)) yield;
  }
  const words = Math.max(1, Math.ceil(tagSet.size / 32));
  const bits = new Uint32Array(sites.length * words);
  for (let i = 0; i < sites.length; i++) {
    for (const tag of sites[i]!.sector_tags) {
      const b = tagSet.get(tag)!;
      bits[i * words + (b >>> 5)]! |= 1 << (b & 31);
    }
    if (pause(i)) yield;
  }
  return { values: [...tagSet.keys()], words, bits };
}

/** District and municipality names by AGS key. */
function* agsNames(sites: readonly Site[]): Steps<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < sites.length; i++) {
    const x = sites[i]!;
    if (x.ags && !names.has(x.ags)) {
      names.set(x.ags, x.municipality);
      if (!names.has(x.ags.slice(0, 5))) names.set(x.ags.slice(0, 5), x.district);
    }
    if (pause(i)) yield;
  }
  return names;
}

/** Each site's place in the order of site keys (ascending, as strings). */
function* keyRanks(sites: readonly Site[]): Steps<Uint32Array> {
  const keys = sites.map((x) => x.key);
  const order = yield* sortSteps(
    Uint32Array.from(keys.keys()),
    (a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0),
    ROWS_PER_STEP,
  );
  const rank = new Uint32Array(sites.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  return rank;
}

/** The index, built in steps: between two steps a sliced build may give the browser a turn. */
function* indexSteps(sites: readonly Site[]): Steps<SiteIndex> {
  const n = sites.length;
  const { isHall, listed } = yield* kindAndListing(sites);
  const flags = yield* flagColumn(sites);
  const num = yield* numbers(sites, RANGE_NAMES, (name) => groupOf(name, 'range').column);
  const cat = yield* categories(sites, CATEGORY_NAMES, (name) => groupOf(name, 'category').column);
  const dayOf = dayNumbers();
  const day = yield* numbers(sites, DATE_NAMES, (name) => {
    const read = groupOf(name, 'dateRange').column;
    return (s) => dayOf(read(s));
  });
  const { asOfDay, lon, lat } = yield* numbers(sites, ['asOfDay', 'lon', 'lat'] as const, (name) =>
    name === 'asOfDay' ? (s) => dayOf(s.data_as_of) : (s) => s[name],
  );
  const points = yield* kdTreeSteps(lon, lat, ROWS_PER_STEP);
  const sectors = yield* sectorBits(sites);
  const names = yield* agsNames(sites);
  const keyRank = yield* keyRanks(sites);
  return {
    sites,
    size: n,
    isHall,
    listed,
    flags,
    flagBit: FLAG_BITS,
    num,
    cat,
    day,
    asOfDay,
    lon,
    lat,
    sectors,
    text: null,
    names,
    points,
    keyRank,
  };
}

/** One index per loaded dataset, whoever asks for it (the search, the saved searches' changes). */
const built = new WeakMap<readonly Site[], SiteIndex>();

/** The index of `sites`: built here and now unless `prepareSiteIndex` (or an earlier call) built it. */
export function buildSiteIndex(sites: readonly Site[]): SiteIndex {
  const ready = built.get(sites);
  if (ready) return ready;
  const steps = indexSteps(sites);
  let step = steps.next();
  while (!step.done) step = steps.next();
  built.set(sites, step.value);
  return step.value;
}

export const isSiteIndexReady = (sites: readonly Site[]) => built.has(sites);

/**
 * Builds the index of `sites` in slices of about `sliceMs`, giving the browser a turn between
 * them (at 100,000 sites the index took one task of several hundred ms); `buildSiteIndex` then
 * finds it built.
 */
export function prepareSiteIndex(sites: readonly Site[], sliceMs = 12): Promise<SiteIndex> {
  const ready = built.get(sites);
  if (ready) return Promise.resolve(ready);
  let building = preparing.get(sites);
  if (!building) preparing.set(sites, (building = buildInSlices(sites, sliceMs)));
  return building;
}

/** Builds in flight: every page asking for the same sites waits for one build. */
const preparing = new WeakMap<readonly Site[], Promise<SiteIndex>>();

/** The index, and the default order its first query walks (see sort-order.ts). */
function* preparedSteps(sites: readonly Site[]): Steps<SiteIndex> {
  const index = yield* indexSteps(sites);
  yield* prepareDefaultOrder(index);
  return index;
}

async function buildInSlices(sites: readonly Site[], sliceMs: number): Promise<SiteIndex> {
  const steps = preparedSteps(sites);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      built.set(sites, step.value);
      return step.value;
    }
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      // Another caller may have needed it at once meanwhile.
      const meanwhile = built.get(sites);
      if (meanwhile) return meanwhile;
      sliceStart = performance.now();
    }
  }
}
