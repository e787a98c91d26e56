import type { CriterionName } from '../criteria/criteria';
import type { FilterGroup } from './filter-groups';
import { missDistance } from './miss-distance';
import type { SiteIndex } from './site-index';

/**
 * Wishes ("Wunsch" instead of "Muss", `want=`): criteria that do not exclude but rank. For each
 * matching site: how many of the wishes that apply to its kind it meets, which it misses, and by
 * how much in all (each miss normalised to at most 1, so one far miss does not outweigh two).
 * Under a wish an unknown value counts as not met.
 */
export interface Fit {
  /** The wishes in table order (at most 32: one bit each in `missed`). */
  wishes: readonly CriterionName[];
  /** Per site index (valid for the results): wishes met, wishes that apply, missed wishes as bits. */
  met: Uint8Array;
  total: Uint8Array;
  missed: Uint32Array;
  /** Sum of the normalised misses: lower is closer. */
  shortfall: Float64Array;
}

export interface SiteFit {
  met: number;
  total: number;
  missed: CriterionName[];
}

const MAX_WISHES = 32;

export function computeFit(index: SiteIndex, wishes: readonly FilterGroup[], ids: Uint32Array): Fit {
  const groups = wishes.slice(0, MAX_WISHES);
  const { size, isHall } = index;
  const fit: Fit = {
    wishes: groups.map((g) => g.name),
    met: new Uint8Array(size),
    total: new Uint8Array(size),
    missed: new Uint32Array(size),
    shortfall: new Float64Array(size),
  };
  groups.forEach((g, b) => {
    for (let j = 0; j < ids.length; j++) {
      const i = ids[j]!;
      const d = missDistance(g, i, isHall);
      if (d === Infinity) continue; // a one-kind wish does not apply to the other kind
      fit.total[i]! += 1;
      if (d === 0) fit.met[i]! += 1;
      else {
        fit.missed[i]! |= 1 << b;
        fit.shortfall[i]! += Math.min(d, 1);
      }
    }
  });
  return fit;
}

/** One site's fit, with the missed wishes by name. */
export function siteFit(fit: Fit, i: number): SiteFit {
  const bits = fit.missed[i]!;
  return {
    met: fit.met[i]!,
    total: fit.total[i]!,
    missed: fit.wishes.filter((_, b) => (bits & (1 << b)) !== 0),
  };
}
