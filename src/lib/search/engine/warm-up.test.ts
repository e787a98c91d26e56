import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { plotFeature } from '../../../../tests/support/site-fixtures';
import { buildSiteIndex, dayNumber } from './site-index';
import { runQuery } from './run-query';
import { WARM_UP_DELAY_MS, warmUpWhenIdle } from './warm-up';

vi.mock('./run-query', async (importOriginal) => {
  const original = await importOriginal<typeof import('./run-query')>();
  return { ...original, runQuery: vi.fn(original.runQuery) };
});

const index = buildSiteIndex(
  validateSites('plots', 'plot', [plotFeature({ id: 'p1' }), plotFeature({ id: 'p2' })]).sites,
);
const ctx = { today: dayNumber('2026-12-05') };
const named = (names: string[]) => names.map((name, k) => plotFeature({ id: `n${k}`, name }));

describe('warmUpWhenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(runQuery).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('runs no query while the results of a load are still being painted', () => {
    warmUpWhenIdle(index, ctx);
    vi.advanceTimersByTime(WARM_UP_DELAY_MS - 1);
    expect(runQuery).not.toHaveBeenCalled();
  });

  it('then runs its queries one per idle slice', () => {
    warmUpWhenIdle(index, ctx, { rounds: 1 });
    vi.advanceTimersByTime(WARM_UP_DELAY_MS);
    vi.advanceTimersToNextTimer();
    expect(runQuery).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(vi.mocked(runQuery).mock.calls.length).toBeGreaterThan(1);
    expect(vi.mocked(runQuery).mock.calls.every(([used]) => used === index)).toBe(true);
  });

  it('then prepares the orders of the sort menu, so picking "Name" sorts nothing', () => {
    const fresh = buildSiteIndex(validateSites('plots', 'plot', named(['Zeitz', 'Aue', 'Öhringen'])).sites);
    warmUpWhenIdle(fresh, ctx, { rounds: 1 });
    vi.runAllTimers();
    const sort = vi.spyOn(Uint32Array.prototype, 'sort');
    const byName = runQuery(fresh, { sort: 'name' }, ctx);
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
    expect([...byName.ids].map((i) => fresh.sites[i]!.name)).toEqual(['Aue', 'Öhringen', 'Zeitz']);
  });

  it('sorts at the first pick without the warm-up', () => {
    const fresh = buildSiteIndex(validateSites('plots', 'plot', named(['Zeitz', 'Aue'])).sites);
    const sort = vi.spyOn(Uint32Array.prototype, 'sort');
    runQuery(fresh, { sort: 'name' }, ctx);
    expect(sort).toHaveBeenCalled();
    sort.mockRestore();
  });

  it('runs nothing once stopped, also before it started', () => {
    warmUpWhenIdle(index, ctx)();
    vi.runAllTimers();
    expect(runQuery).not.toHaveBeenCalled();
  });
});
