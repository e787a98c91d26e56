import type { CriterionName } from '../criteria/criteria';
import { evaluateGroups } from './evaluate-groups';
import type { FilterGroup } from './filter-groups';
import { missDistance } from './miss-distance';
import type { SiteIndex } from './site-index';
import { AREA_MISS_LIMIT } from './site-sets';

/**
 * "Almost matching": the sites that fail exactly one active criterion, closest first. Kind, free
 * text, a project region and an administrative area (state, district, municipality) never count
 * as a miss (nothing to loosen by a hair), nor does a one-kind criterion
 * for a site of the other kind. A site outside an area (radius, box, drawn polygon) counts when
 * it lies within the area widened by half its size (1.5 times the radius); evaluation starts from the
 * area's members, so those sites get a second, small evaluation of the other criteria.
 */

export interface NearMiss {
  /** Site index into `index.sites`. */
  site: number;
  criterion: CriterionName;
  /** `missDistance`: relative shortfall, 1 for a category, flag or unknown value. */
  distance: number;
}

export interface NearMisses {
  /** The closest ones, at most `NEAR_MISS_LIMIT`, closest first (ties by site key). */
  list: NearMiss[];
  /** All sites failing exactly one counted criterion. */
  total: number;
  /** `total` per criterion. */
  byCriterion: ReadonlyMap<CriterionName, number>;
}

export const NEAR_MISS_LIMIT = 50;
/**
 * Nothing to loosen by a hair: the kind, free text, a project's region, and the state, district
 * or municipality chosen (a site in the next district is not almost in this one; counted, every
 * site elsewhere was a near miss and buried the ones a little too small).
 */
const NOT_A_MISS: ReadonlySet<string> = new Set(['kind', 'q', 'region', 'state', 'district', 'municipality']);

export const NO_NEAR_MISSES: NearMisses = { list: [], total: 0, byCriterion: new Map() };

/** Whether failing `group` alone makes site `i` a near miss (and how far off it is). */
export function nearMissDistance(group: FilterGroup, i: number, isHall: Uint8Array): number {
  if (NOT_A_MISS.has(group.name)) return Infinity;
  const d = missDistance(group, i, isHall);
  // Beyond the widened area (more than half the area's size outside it) is not "almost".
  return group.type === 'mask' && d > AREA_MISS_LIMIT ? Infinity : d;
}

interface Evaluation {
  groups: readonly FilterGroup[];
  /** Candidates after evaluation (count ≤ 1), and the per-site failure state. */
  cand: Uint32Array;
  failCount: Uint8Array;
  failedAt: Uint8Array;
  /** The area group evaluation started from (its members all pass it), if any. */
  satisfied: FilterGroup | null;
}

/** Collects the near misses of one evaluation; `rank` breaks ties (the site-key order). */
export function collectNearMisses(index: SiteIndex, ev: Evaluation, rank: Uint32Array): NearMisses {
  const { groups, cand, failCount, failedAt } = ev;
  const { isHall } = index;
  const top = new TopList(NEAR_MISS_LIMIT, rank);
  const counts = new Uint32Array(groups.length);
  const counted = groups.map((g) => !NOT_A_MISS.has(g.name));
  const add = (k: number, i: number) => {
    const d = nearMissDistance(groups[k]!, i, isHall);
    if (!(d > 0 && d < Infinity)) return;
    counts[k]! += 1;
    top.offer(i, k, d);
  };
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (failCount[i] === 1 && counted[failedAt[i]!]) add(failedAt[i]!, i);
  }
  const area = ev.satisfied;
  if (area?.type === 'mask' && area.area) {
    const k = groups.indexOf(area);
    for (const i of outsideMatches(index, ev, area)) add(k, i);
  }
  const byCriterion = new Map<CriterionName, number>();
  groups.forEach((g, k) => {
    if (counts[k]! > 0) byCriterion.set(g.name, counts[k]!);
  });
  const list = top
    .list()
    .map(({ site, group, distance }) => ({ site, criterion: groups[group]!.name, distance }));
  return { list, total: counts.reduce((a, b) => a + b, 0), byCriterion };
}

/**
 * The listed sites in the widened area but outside the area that pass every other group: the
 * area's near misses (those beyond twice its size are not "almost").
 */
function outsideMatches(index: SiteIndex, ev: Evaluation, area: FilterGroup & { type: 'mask' }): Uint32Array {
  const { ids } = area.area!.widened();
  const outside = new Uint32Array(ids.length);
  let w = 0;
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j]!;
    if (area.mask[i] !== 1 && index.listed[i] === 1) outside[w++] = i;
  }
  const cand = outside.subarray(0, w);
  for (let j = 0; j < cand.length; j++) ev.failCount[cand[j]!] = 0;
  const others = ev.groups.filter((g) => g !== area);
  // Only sites passing every other group count: none may fail, so each group drops its failures.
  return evaluateGroups(others, index.isHall, ev.failCount, ev.failedAt, cand, null, { allowed: 0 });
}

interface Offer {
  site: number;
  group: number;
  distance: number;
}

/** The `size` smallest offers by distance, then rank; kept sorted (most offers are turned away at once). */
class TopList {
  private readonly items: Offer[] = [];
  constructor(
    private readonly size: number,
    private readonly rank: Uint32Array,
  ) {}

  private before(a: Offer, d: number, site: number) {
    return a.distance < d || (a.distance === d && this.rank[a.site]! < this.rank[site]!);
  }

  offer(site: number, group: number, distance: number) {
    const { items } = this;
    if (items.length === this.size && this.before(items[items.length - 1]!, distance, site)) return;
    let at = items.length;
    while (at > 0 && !this.before(items[at - 1]!, distance, site)) at--;
    items.splice(at, 0, { site, group, distance });
    if (items.length > this.size) items.pop();
  }

  list(): readonly Offer[] {
    return this.items;
  }
}
