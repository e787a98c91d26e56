import type { FilterGroup } from './filter-groups';

/**
 * How far site `i` is from passing one filter group: 0 when it passes; for a numeric bound the
 * relative shortfall |value − bound| / bound (a 9.2 ha site under "at least 10 ha" misses by
 * 0.08), for a date the shortfall in years; for an area the distance outside it in its own size
 * (a site 25 km from a place searched within 20 km misses by 0.25); 1 for a category, a yes/no or
 * an unknown value; Infinity for a site of the other kind under a one-kind criterion (no
 * loosening of that criterion lets it pass).
 */
export function missDistance(group: FilterGroup, i: number, isHall: Uint8Array): number {
  if (group.kindOnly >= 0 && isHall[i] !== group.kindOnly) return Infinity;
  switch (group.type) {
    case 'range': {
      const v = group.col[i]!;
      if (Number.isNaN(v)) return group.keepUnknown ? 0 : 1;
      const gap = v < group.lo ? group.lo - v : v > group.hi ? v - group.hi : 0;
      if (gap === 0) return 0;
      if (group.days) return gap / DAYS_PER_YEAR;
      return shortfall(gap, v < group.lo ? group.lo : group.hi);
    }
    case 'flag':
      return (group.flags[i]! & group.bit) === 0 ? 1 : 0;
    case 'category':
      return group.ok[group.codes[i]!] === 1 ? 0 : 1;
    case 'mask':
      if (group.mask[i] === 1) return 0;
      // A site in a drawn polygon's bounding box but outside the polygon is the closest kind of miss.
      return group.area ? Math.max(group.area.miss(i), MIN_AREA_MISS) : 1;
    case 'test':
      return group.test(i) ? 0 : 1;
  }
}

const DAYS_PER_YEAR = 365;
const MIN_AREA_MISS = 0.001;

/** A bound of 0 has no relative scale: the absolute difference stands in. */
const shortfall = (gap: number, bound: number) => (bound === 0 ? gap : gap / Math.abs(bound));
