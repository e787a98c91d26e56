import { describe, expect, it } from 'vitest';
import { relaxations, suggestRelaxations } from './relax-suggestions';
import type { SearchParams } from '@/lib/search/search-param-table';

describe('relaxations of an empty search', () => {
  it('widens the radius to the next step, from the default 25 km when none is set', () => {
    const near = relaxations({ near: 'leipzig' });
    expect(near[0]).toMatchObject({ kind: 'radius', km: 50, params: { near: 'leipzig', radius_km: 50 } });
    expect(relaxations({ near: 'leipzig', radius_km: 60 })[0]).toMatchObject({ km: 100 });
    expect(relaxations({ near: 'leipzig', radius_km: 200 }).some((r) => r.kind === 'radius')).toBe(false);
  });

  it('halves the minimum area and removes each filter on its own, never sort or unknown', () => {
    const all = relaxations({ area_min: 50_000, state: ['SN'], sort: 'name', unknown: ['price'] });
    expect(all.find((r) => r.kind === 'areaMin')).toMatchObject({ area: 25_000 });
    expect(all.filter((r) => r.kind === 'remove').map((r) => r.kind === 'remove' && r.name)).toEqual([
      'area_min',
      'state',
    ]);
    const noState = all.find((r) => r.kind === 'remove' && r.name === 'state')!;
    expect(noState.params).toEqual({ area_min: 50_000, sort: 'name', unknown: ['price'] });
  });

  it('removing near also drops its radius', () => {
    const r = relaxations({ near: 'leipzig', radius_km: 10 }).find((x) => x.kind === 'remove')!;
    expect(r.params).toEqual({ near: undefined, radius_km: undefined });
  });

  it('offers only what gives results: specific ones first, then by count, at most three', () => {
    // A pretend engine: 12 sites within 50 km, 3 with half the area, 40 without the state filter.
    const count = (p: SearchParams) =>
      (p.radius_km === 50 ? 12 : 0) + (p.area_min === 25_000 ? 3 : 0) + (p.state ? 0 : 40);
    const params: SearchParams = { near: 'leipzig', area_min: 50_000, state: ['SN'] };
    const got = suggestRelaxations(params, count);
    expect(got.map((s) => [s.relaxation.kind, s.count])).toEqual([
      ['radius', 12],
      ['areaMin', 3],
      ['remove', 40],
    ]);
    expect(suggestRelaxations(params, () => 0)).toEqual([]);
  });
});
