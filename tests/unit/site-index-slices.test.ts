import { describe, expect, it, vi } from 'vitest';
import { buildSiteIndex, isSiteIndexReady, prepareSiteIndex } from '@/lib/search/engine/site-index';
import { syntheticSites } from '../../bench/named-queries';

/** The search index built in slices (while the page stays responsive) is the index built at once. */

const turns = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/yield-to-browser', () => ({
  yieldToBrowser: () => {
    turns.count++;
    return new Promise<void>((resolve) => setTimeout(resolve));
  },
}));

const sites = syntheticSites(10_000);

describe('building the search index in slices', () => {
  it('gives the same index as building it at once', async () => {
    const sliced = await prepareSiteIndex(sites, 0);
    // A copy of the array: the index of the original is cached.
    const atOnce = buildSiteIndex([...sites]);
    const { sites: a, points: pa, ...columnsSliced } = sliced;
    const { sites: b, points: pb, ...columnsAtOnce } = atOnce;
    expect(a).toBe(sites);
    expect(b).toHaveLength(sites.length);
    expect(columnsSliced).toEqual(columnsAtOnce);
    expect(new Uint8Array(pa.data)).toEqual(new Uint8Array(pb.data));
  });

  it('gives the browser turns, and every page asking meanwhile waits for the same build', async () => {
    const fresh = [...sites];
    turns.count = 0;
    const first = prepareSiteIndex(fresh, 0);
    expect(isSiteIndexReady(fresh)).toBe(false);
    const second = prepareSiteIndex(fresh, 0);
    expect(second).toBe(first);
    const index = await first;
    // About one turn per 8,192 rows of each column.
    expect(turns.count).toBeGreaterThan(10);
    expect(isSiteIndexReady(fresh)).toBe(true);
    expect(buildSiteIndex(fresh)).toBe(index);
  });
});
