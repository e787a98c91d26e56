import type { FilterGroup } from './filter-groups';

/**
 * Runs every filter group over all sites, one tight loop per group over typed columns.
 * `failCount[i]` ends as 0 (match), 1 (failed only group `failedAt[i]`: counts for that facet)
 * or 2 (failed two or more, or not listed: counts nowhere). Sites at 2 are skipped early.
 */
export function evaluateGroups(
  groups: readonly FilterGroup[],
  isHall: Uint8Array,
  failCount: Uint8Array,
  failedAt: Uint8Array,
) {
  const n = failCount.length;
  const fail = (i: number, k: number) => {
    failCount[i]! += 1;
    failedAt[i] = k;
  };
  groups.forEach((g, k) => {
    switch (g.type) {
      case 'range': {
        const { col, lo, hi, keepUnknown, kindOnly } = g;
        for (let i = 0; i < n; i++) {
          if (failCount[i]! > 1) continue;
          const v = col[i]!;
          const ok = (kindOnly < 0 || isHall[i] === kindOnly) && (v !== v ? keepUnknown : v >= lo && v <= hi);
          if (!ok) fail(i, k);
        }
        return;
      }
      case 'category': {
        const { codes, ok } = g;
        for (let i = 0; i < n; i++) if (failCount[i]! < 2 && ok[codes[i]!] !== 1) fail(i, k);
        return;
      }
      case 'mask': {
        const { mask } = g;
        for (let i = 0; i < n; i++) if (failCount[i]! < 2 && mask[i] !== 1) fail(i, k);
        return;
      }
      case 'flag': {
        const { flags, bit, kindOnly } = g;
        for (let i = 0; i < n; i++)
          if (failCount[i]! < 2 && (isHall[i] !== kindOnly || (flags[i]! & bit) === 0)) fail(i, k);
        return;
      }
      case 'test': {
        const { test } = g;
        for (let i = 0; i < n; i++) if (failCount[i]! < 2 && !test(i)) fail(i, k);
      }
    }
  });
}
