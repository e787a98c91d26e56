import { describe, expect, it, vi } from 'vitest';
import { runQuery } from '@/lib/search/engine/run-query';
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

  it('orders the sites by key, and prepares the default order for the first query', async () => {
    const fresh = [...sites];
    const index = await prepareSiteIndex(fresh, 0);
    const byKey = [...fresh.keys()].sort((a, b) => (fresh[a]!.key < fresh[b]!.key ? -1 : 1));
    expect([...index.keyRank]).toEqual(Array.from(fresh, (_, i) => byKey.indexOf(i)));
    const sort = vi.spyOn(Uint32Array.prototype, 'sort');
    // Every listed site, largest first: walked along the prepared order, nothing sorted.
    const result = runQuery(index, {}, { today: 20_000 });
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
    expect(result.ids.length).toBeGreaterThan(9_000);
    // A site index built at once sorts on the first query instead.
    const atOnce = buildSiteIndex([...sites]);
    const sorting = vi.spyOn(Uint32Array.prototype, 'sort');
    expect(runQuery(atOnce, {}, { today: 20_000 }).ids).toEqual(result.ids);
    expect(sorting).toHaveBeenCalled();
    sorting.mockRestore();
  });
});
