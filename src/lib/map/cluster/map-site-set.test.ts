import { describe, expect, it } from 'vitest';
import type { Site } from '@/lib/sites/site';
import { buildMapSiteSet } from './map-site-set';
import { mapTestSite } from './test-site';

/** Sites that count how often their key is read. */
function countingSites(n: number) {
  const reads = { count: 0 };
  const sites = Array.from({ length: n }, (_, i) => {
    const site = mapTestSite(`plot:${i}`, 'plot', 12 + i / n, 51);
    const key = site.key;
    return Object.defineProperty({ ...site }, 'key', {
      get: () => (reads.count++, key),
    }) as Site;
  });
  return { sites, reads };
}

describe('the map site set', () => {
  it('builds its key lookup only when a site is looked up (not in the first render of the results)', () => {
    const { sites, reads } = countingSites(1_000);
    const set = buildMapSiteSet(sites);
    expect(reads.count).toBe(0);
    expect(set.indexOf.get('plot:417')).toBe(417);
    expect(set.indexOf.get('plot:999')).toBe(999);
    expect(set.indexOf.get('hall:1')).toBeUndefined();
    // Built once.
    expect(reads.count).toBe(1_000);
  });

  it('projects every position to Web Mercator', () => {
    const set = buildMapSiteSet([
      mapTestSite('plot:a', 'plot', 0, 0),
      mapTestSite('hall:b', 'hall', 180, 85.05),
    ]);
    expect([...set.x]).toEqual([0.5, 1]);
    expect(set.y[0]).toBeCloseTo(0.5);
    expect(set.y[1]).toBeCloseTo(0, 3);
    expect([...set.isHall]).toEqual([0, 1]);
  });
});
