import { describe, expect, it } from 'vitest';
import { decodeSearch, parseQueryString } from '../search-params';
import { activeCriteria } from './active-criteria';

const active = (query: string) => activeCriteria(decodeSearch(parseQueryString(query)).params);

describe('activeCriteria', () => {
  it('is empty without filters', () => {
    expect(active('')).toEqual([]);
  });

  it("lists the criteria with one of their own parameters set, in the table's order", () => {
    expect(active('rail=1&junction_km_max=20&area_max=9000&zoning=GI')).toEqual([
      'area',
      'junction',
      'zoning',
      'rail',
    ]);
    expect(active('height_min=10&crane=1&q=Lager')).toEqual(['q', 'height', 'crane']);
  });

  it('counts a range with only one bound and a date with only its lower end', () => {
    expect(active('price_max=50&avail_after=2026-01-01')).toEqual(['avail', 'price']);
  });

  it('takes near as active when near is set, not for its radius alone', () => {
    expect(active('near=leipzig')).toEqual(['near']);
    expect(active('near=12.37,51.34&radius_km=40')).toEqual(['near']);
    expect(active('radius_km=40')).toEqual([]);
  });

  it('ignores settings and values that were dropped', () => {
    expect(active('sort=distance&unknown=price,junction')).toEqual([]);
    expect(active('zoning=XX&height_min=abc')).toEqual([]);
  });
});
