import { FACETS } from './facets';
import type { FilterGroup } from './filter-groups';

/** Cheap, usually selective groups first: after them few candidates are left for the rest. */
const ORDER: Record<FilterGroup['type'], number> = { mask: 0, category: 1, flag: 2, range: 3, test: 4 };

/** Groups with facet counts: evaluated last, after the others have thinned the candidates. */
const FACET_GROUPS = new Set<string>(FACETS);

type Of<T extends FilterGroup['type']> = Extract<FilterGroup, { type: T }>;

/** Per-query state: failures per site and the (only) group a once-failed site failed. */
interface Fails {
  count: Uint8Array;
  at: Uint8Array;
}

/**
 * The first candidates: the members of the smallest area group (near, bbox, poly) when there is
 * one, since a site outside it counts nowhere; otherwise every listed site. Returns a fresh array
 * (the evaluation compacts it in place) and the group it already satisfies.
 */
export function startCandidates(
  groups: readonly FilterGroup[],
  listed: Uint8Array,
  listedIds: Uint32Array,
): { candidates: Uint32Array; satisfied: FilterGroup | null } {
  let best: (FilterGroup & { type: 'mask' }) | null = null;
  for (const g of groups) {
    if (g.type !== 'mask' || !g.ids || FACET_GROUPS.has(g.name)) continue;
    if (!best || g.ids.length < best.ids!.length) best = g;
  }
  if (!best || best.ids!.length >= listedIds.length)
    return { candidates: listedIds.slice(), satisfied: null };
  const ids = best.ids!;
  const candidates = new Uint32Array(ids.length);
  let w = 0;
  for (let j = 0; j < ids.length; j++) if (listed[ids[j]!] === 1) candidates[w++] = ids[j]!;
  return { candidates: candidates.subarray(0, w), satisfied: best };
}

/**
 * Runs the filter groups over the candidate sites. `fails.count[i]` ends as 0 (match), 1 (failed
 * only group `fails.at[i]`: counts for that group's facet and is a near miss of it) or 2 (failed
 * two or more: counts nowhere).
 * After each group the candidates shrink to the sites with at most one failure, so later groups
 * and the facet counts only look at those. Each group type has its own small loop function, so
 * the JIT compiles each with one shape of data. Returns the final candidates.
 */
export function evaluateGroups(
  groups: readonly FilterGroup[],
  isHall: Uint8Array,
  failCount: Uint8Array,
  failedAt: Uint8Array,
  candidates: Uint32Array,
  satisfied: FilterGroup | null = null,
  { allowed = 1 }: { allowed?: 0 | 1 } = {},
): Uint32Array {
  const fails: Fails = { count: failCount, at: failedAt };
  let cand = candidates;
  // Facet groups go last so their counts see only the survivors; without a failure allowed
  // there are no facet counts, and the cheapest groups first drop the most at the least cost.
  const facetRank = allowed === 1 ? 10 : 0;
  const rank = (g: FilterGroup) => (FACET_GROUPS.has(g.name) ? facetRank : 0) + ORDER[g.type];
  const order = groups.map((g, k) => ({ g, k })).sort((a, b) => rank(a.g) - rank(b.g));
  for (const { g, k } of order) {
    if (g === satisfied) continue;
    if (g.type === 'range') runRange(g, k, cand, isHall, fails);
    else if (g.type === 'category') runCategory(g, k, cand, fails);
    else if (g.type === 'mask') runMask(g, k, cand, fails);
    else if (g.type === 'flag') runFlag(g, k, cand, isHall, fails);
    else runTest(g, k, cand, fails);
    cand = compact(cand, failCount, allowed);
  }
  return cand;
}

function runRange(g: Of<'range'>, k: number, cand: Uint32Array, isHall: Uint8Array, f: Fails) {
  const { col, lo, hi, keepUnknown, kindOnly } = g;
  const { count, at } = f;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    const v = col[i]!;
    const ok = (kindOnly < 0 || isHall[i] === kindOnly) && (v !== v ? keepUnknown : v >= lo && v <= hi);
    if (!ok) {
      count[i]! += 1;
      at[i] = k;
    }
  }
}

function runCategory(g: Of<'category'>, k: number, cand: Uint32Array, f: Fails) {
  const { codes, ok } = g;
  const { count, at } = f;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (ok[codes[i]!] !== 1) {
      count[i]! += 1;
      at[i] = k;
    }
  }
}

function runMask(g: Of<'mask'>, k: number, cand: Uint32Array, f: Fails) {
  const { mask } = g;
  const { count, at } = f;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (mask[i] !== 1) {
      count[i]! += 1;
      at[i] = k;
    }
  }
}

function runFlag(g: Of<'flag'>, k: number, cand: Uint32Array, isHall: Uint8Array, f: Fails) {
  const { flags, bit, kindOnly } = g;
  const { count, at } = f;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if ((kindOnly >= 0 && isHall[i] !== kindOnly) || (flags[i]! & bit) === 0) {
      count[i]! += 1;
      at[i] = k;
    }
  }
}

function runTest(g: Of<'test'>, k: number, cand: Uint32Array, f: Fails) {
  const { test } = g;
  const { count, at } = f;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (!test(i)) {
      count[i]! += 1;
      at[i] = k;
    }
  }
}

/** Keeps the candidates with at most `allowed` failures, in place. */
function compact(cand: Uint32Array, failCount: Uint8Array, allowed: number): Uint32Array {
  let w = 0;
  for (let j = 0; j < cand.length; j++) {
    const i = cand[j]!;
    if (failCount[i]! <= allowed) cand[w++] = i;
  }
  return cand.subarray(0, w);
}
