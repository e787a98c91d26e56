import type { SearchParams } from '../search-param-table';
import { compileGroups, type FilterGroup, type QueryContext } from './filter-groups';
import { evaluateGroups, startCandidates } from './evaluate-groups';
import { FACETS, type FacetName } from './facets';
import { computeFit, type Fit } from './fit';
import { collectNearMisses, NO_NEAR_MISSES, type NearMisses } from './near-misses';
import { orderResults, ranksOf } from './sort-order';
import type { Category, SiteIndex } from './site-index';
import type { CategoryName } from '../criteria/criteria';

/**
 * One search: the matching site indices in sort order, plus facet counts. A site that fails
 * exactly one filter group still counts for that group's facet ("what this option would give
 * under the other active filters"); a site that fails two counts nowhere.
 */

export type { FacetName } from './facets';
/** Facet counts: option value → number of sites. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

export interface QueryResult {
  /** Site indices into `index.sites`, in sort order. */
  ids: Uint32Array;
  facets: FacetCounts;
  /** Sites per kind among the results. */
  plots: number;
  halls: number;
  /** Sites failing exactly one active criterion ("Knapp verfehlt"). */
  nearMisses: NearMisses;
  /** With wishes (`want=`): how well each result meets them; null without. */
  fit: Fit | null;
}

export interface QueryOptions {
  /** Look for near misses (default true; counting for suggestions needs none). */
  nearMisses?: boolean;
}

/** The facets over one category column each (kind and sector tags are counted their own way). */
type CategoryFacet = Exclude<FacetName, 'kind' | 'sector'> & CategoryName;
const CATEGORY_FACETS = FACETS.filter((f): f is CategoryFacet => f !== 'kind' && f !== 'sector');

/** Per index: the listed sites, and scratch buffers reused by every query (runQuery is synchronous). */
interface Scratch {
  listedIds: Uint32Array;
  failCount: Uint8Array;
  failedAt: Uint8Array;
}
const scratchOf = new WeakMap<SiteIndex, Scratch>();

function scratch(index: SiteIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    const { listed, size } = index;
    let count = 0;
    for (let i = 0; i < size; i++) count += listed[i]!;
    const listedIds = new Uint32Array(count);
    for (let i = 0, w = 0; i < size; i++) if (listed[i] === 1) listedIds[w++] = i;
    s = { listedIds, failCount: new Uint8Array(size), failedAt: new Uint8Array(size) };
    scratchOf.set(index, s);
  }
  return s;
}

export function runQuery(
  index: SiteIndex,
  params: SearchParams,
  ctx: QueryContext,
  options: QueryOptions = {},
): QueryResult {
  const compiled: FilterGroup[] = compileGroups(index, params, ctx);
  // Wishes rank the results instead of excluding sites.
  const wanted = new Set<string>(params.want ?? []);
  const groups = compiled.filter((g) => !wanted.has(g.name));
  const wishes = compiled.filter((g) => wanted.has(g.name));
  const groupOf = (name: string) => groups.findIndex((grp) => grp.name === name);
  const { isHall } = index;
  const { listedIds, failCount, failedAt } = scratch(index);
  const { candidates, satisfied } = startCandidates(groups, index.listed, listedIds);
  for (let j = 0; j < candidates.length; j++) failCount[candidates[j]!] = 0;
  const cand = evaluateGroups(groups, isHall, failCount, failedAt, candidates, satisfied);
  const m = cand.length;
  const matched = new Uint32Array(m);
  let matchCount = 0;
  let halls = 0;
  for (let j = 0; j < m; j++) {
    const i = cand[j]!;
    if (failCount[i] !== 0) continue;
    matched[matchCount++] = i;
    halls += isHall[i]!;
  }
  const facets = countFacets(index, groups, cand, failCount, failedAt, groupOf);
  const matches = matched.subarray(0, matchCount);
  const fit = wishes.length > 0 ? computeFit(index, wishes, matches) : null;
  const ids = orderResults(index, matches, params, ctx, fit);
  // Last: the near misses' second evaluation (outside an area) reuses the failure buffers.
  const nearMisses =
    options.nearMisses === false || groups.length === 0
      ? NO_NEAR_MISSES
      : collectNearMisses(index, { groups, cand, failCount, failedAt, satisfied }, ranksOf(index));
  return { ids, facets, plots: matchCount - halls, halls, nearMisses, fit };
}

/**
 * Facet counts in one pass over the candidates: a match counts for every facet, a site that failed
 * exactly one group only for that group's facet.
 */
function countFacets(
  index: SiteIndex,
  groups: readonly FilterGroup[],
  cand: Uint32Array,
  failCount: Uint8Array,
  failedAt: Uint8Array,
  groupOf: (name: string) => number,
): FacetCounts {
  const { isHall } = index;
  const cats = CATEGORY_FACETS.map((f) => {
    const cat: Category = index.cat[f];
    return {
      name: f,
      codes: cat.codes,
      size: cat.values.length,
      counts: new Uint32Array(cat.values.length + 1),
    };
  });
  // Which category facet (0…7), the kind facet (8) or the sector facet (9) a group index feeds.
  const KIND = cats.length;
  const SECTOR = cats.length + 1;
  const facetOfGroup = new Int8Array(Math.max(groups.length, 1)).fill(-1);
  cats.forEach((c, k) => {
    const g = groupOf(c.name);
    if (g >= 0) facetOfGroup[g] = k;
  });
  const kindGroup = groupOf('kind');
  const sectorGroup = groupOf('sector');
  if (kindGroup >= 0) facetOfGroup[kindGroup] = KIND;
  if (sectorGroup >= 0) facetOfGroup[sectorGroup] = SECTOR;
  const kindCounts = new Uint32Array(2);
  const sectorCounts = new Uint32Array(index.sectors.values.length);
  const { words, bits } = index.sectors;
  const countSectors = (i: number) => {
    for (let w = 0; w < words; w++) {
      let word = bits[i * words + w]!;
      while (word !== 0) {
        const b = 31 - Math.clz32(word);
        sectorCounts[w * 32 + b]! += 1;
        word &= ~(1 << b);
      }
    }
  };
  const nCats = cats.length;
  const codes = cats.map((c) => c.codes);
  const counts = cats.map((c) => c.counts);
  const sizes = cats.map((c) => c.size);
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (failCount[i] === 0) {
      for (let k = 0; k < nCats; k++) {
        const code = codes[k]![i]!;
        const size = sizes[k]!;
        counts[k]![code < size ? code : size]! += 1;
      }
      kindCounts[isHall[i]!]! += 1;
      countSectors(i);
      continue;
    }
    const k = facetOfGroup[failedAt[i]!]!;
    if (k < 0) continue;
    if (k === KIND) kindCounts[isHall[i]!]! += 1;
    else if (k === SECTOR) countSectors(i);
    else {
      const code = codes[k]![i]!;
      const size = sizes[k]!;
      counts[k]![code < size ? code : size]! += 1;
    }
  }
  const facets = {
    kind: new Map([
      ['plots', kindCounts[0]!],
      ['halls', kindCounts[1]!],
    ]),
    sector: new Map(index.sectors.values.map((tag, b) => [tag, sectorCounts[b]!])),
  } as FacetCounts;
  for (const c of cats)
    facets[c.name] = new Map(index.cat[c.name].values.map((v, code) => [v, c.counts[code]!]));
  return facets;
}
