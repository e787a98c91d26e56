import type { FilterGroup } from './filter-groups';

/**
 * How far site `i` is from passing one filter group: 0 when it passes; for a numeric bound the
 * relative shortfall |value − bound| / bound (a 9.2 ha site under "at least 10 ha" misses by
 * 0.08); 1 for a category, a yes/no, an area or an unknown value; Infinity for a site of the
 * other kind under a one-kind criterion (no loosening of that criterion lets it pass).
 */
export function missDistance(group: FilterGroup, i: number, isHall: Uint8Array): number {
  switch (group.type) {
    case 'range': {
      if (group.kindOnly >= 0 && isHall[i] !== group.kindOnly) return Infinity;
      const v = group.col[i]!;
      if (Number.isNaN(v)) return group.keepUnknown ? 0 : 1;
      if (v < group.lo) return shortfall(group.lo - v, group.lo);
      if (v > group.hi) return shortfall(v - group.hi, group.hi);
      return 0;
    }
    case 'flag':
      if (isHall[i] !== group.kindOnly) return Infinity;
      return (group.flags[i]! & group.bit) === 0 ? 1 : 0;
    case 'category':
      return group.ok[group.codes[i]!] === 1 ? 0 : 1;
    case 'mask':
      return group.mask[i] === 1 ? 0 : 1;
    case 'test':
      return group.test(i) ? 0 : 1;
  }
}

/** A bound of 0 has no relative scale: the absolute difference stands in. */
const shortfall = (gap: number, bound: number) => (bound === 0 ? gap : gap / Math.abs(bound));
