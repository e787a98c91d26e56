import type { SearchParams } from '../search-param-table';
import { compileGroups, type FilterGroup, type QueryContext } from './filter-groups';
import { orderResults } from './sort-order';
import type { Category, SiteIndex } from './site-index';

/**
 * One search: the matching site indices in sort order, plus facet counts. A site that fails
 * exactly one filter group still counts for that group's facet ("what this option would give
 * under the other active filters"); a site that fails two counts nowhere.
 */

export const FACETS = [
  'kind',
  'state',
  'district',
  'municipality',
  'zoning',
  'plan',
  'dev',
  'offer',
  'autobahn',
  'sector',
] as const;
export type FacetName = (typeof FACETS)[number];
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
  const tests = groups.map((grp) => grp.test);
  const g = tests.length;
  const groupOf = (name: string) => groups.findIndex((grp) => grp.name === name);
  const n = index.size;
  const { listed, isHall } = index;
  const matched = new Uint8Array(n);
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
  let plots = 0;
  let halls = 0;
  for (let i = 0; i < n; i++) {
    if (listed[i] === 0) continue;
    let failed = -1;
    let fails = 0;
    for (let k = 0; k < g; k++) {
      if (!tests[k]!(i)) {
        if (++fails > 1) break;
        failed = k;
      }
    }
    if (fails > 1) continue;
    if (fails === 0) {
      matched[i] = 1;
      if (isHall[i] === 1) halls += 1;
      else plots += 1;
    }
    // A site failing one group counts only for that group's own facet.
    for (let c = 0; c < cats.length; c++) {
      const f = cats[c]!;
      if (fails === 1 && f.group !== failed) continue;
      const code = f.codes[i]!;
      f.counts[code < f.size ? code : f.size]! += 1;
    }
    if (fails === 0 || kindGroup === failed) kindCounts[isHall[i]!]! += 1;
    if (fails === 0 || sectorGroup === failed)
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
  return { ids: orderResults(index, matched, params, ctx), facets, plots, halls };
}
