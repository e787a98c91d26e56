import type { SearchParams } from '../search-param-table';
import { compileGroups, type FilterGroup, type QueryContext } from './filter-groups';
import { evaluateGroups } from './evaluate-groups';
import type { FacetName } from './facets';
import { orderResults } from './sort-order';
import type { Category, SiteIndex } from './site-index';

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
}

const CATEGORY_FACETS = [
  'state',
  'district',
  'municipality',
  'zoning',
  'plan',
  'dev',
  'offer',
  'autobahn',
] as const;

export function runQuery(index: SiteIndex, params: SearchParams, ctx: QueryContext): QueryResult {
  const groups: FilterGroup[] = compileGroups(index, params, ctx);
  const groupOf = (name: string) => groups.findIndex((grp) => grp.name === name);
  const n = index.size;
  const { listed, isHall } = index;
  const cats = CATEGORY_FACETS.map((f) => {
    const cat: Category = index[f];
    return {
      name: f,
      codes: cat.codes,
      size: cat.values.length,
      counts: new Uint32Array(cat.values.length + 1),
      group: groupOf(f),
    };
  });
  const kindCounts = new Uint32Array(2);
  const kindGroup = groupOf('kind');
  const sectorCounts = new Uint32Array(index.sectors.values.length);
  const sectorGroup = groupOf('sector');
  const { words, bits } = index.sectors;
  const failCount = new Uint8Array(n);
  const failedAt = new Uint8Array(n);
  let listedCount = 0;
  for (let i = 0; i < n; i++) listedCount += listed[i]!;
  const all = new Uint32Array(listedCount);
  for (let i = 0, w = 0; i < n; i++) if (listed[i] === 1) all[w++] = i;
  const cand = evaluateGroups(groups, isHall, failCount, failedAt, all);
  const m = cand.length;
  const matchedIds: number[] = [];
  let plots = 0;
  let halls = 0;
  for (let j = 0; j < m; j++) {
    const i = cand[j]!;
    if (failCount[i] !== 0) continue;
    matchedIds.push(i);
    if (isHall[i] === 1) halls += 1;
    else plots += 1;
  }
  // A candidate counts for a facet when it matches, or fails only that facet's own group.
  for (const f of cats) {
    const { codes, counts, size, group } = f;
    for (let j = 0; j < m; j++) {
      const i = cand[j]!;
      if (failCount[i] === 0 || failedAt[i] === group) {
        const code = codes[i]!;
        counts[code < size ? code : size]! += 1;
      }
    }
  }
  for (let j = 0; j < m; j++) {
    const i = cand[j]!;
    if (failCount[i] === 0 || failedAt[i] === kindGroup) kindCounts[isHall[i]!]! += 1;
  }
  for (let j = 0; j < m; j++) {
    const i = cand[j]!;
    if (failCount[i] !== 0 && failedAt[i] !== sectorGroup) continue;
    for (let w = 0; w < words; w++) {
      let word = bits[i * words + w]!;
      while (word !== 0) {
        const b = 31 - Math.clz32(word);
        sectorCounts[w * 32 + b]! += 1;
        word &= ~(1 << b);
      }
    }
  }
  const facets = {
    kind: new Map([
      ['plots', kindCounts[0]!],
      ['halls', kindCounts[1]!],
    ]),
    sector: new Map(index.sectors.values.map((tag, b) => [tag, sectorCounts[b]!])),
  } as FacetCounts;
  for (const f of cats) facets[f.name] = new Map(index[f.name].values.map((v, code) => [v, f.counts[code]!]));
  return { ids: orderResults(index, Uint32Array.from(matchedIds), params, ctx), facets, plots, halls };
}
