import { describe, expect, it } from 'vitest';
import { decodeSearch, stringifyQuery } from '@/lib/search/search-params';
import { MAX_AREA_VERTICES, toAreaPolygon, toAreaRing } from './area-ring';

describe('drawn area ring', () => {
  const drawn = [
    [12.3000012, 51.3000049],
    [12.4, 51.3],
    [12.4, 51.4],
    [12.4, 51.4],
    [12.3, 51.4],
    [12.3000012, 51.3000049],
  ];

  it('rounds to 5 decimals, drops repeats and the closing vertex', () => {
    expect(toAreaRing(drawn)).toEqual([
      [12.3, 51.3],
      [12.4, 51.3],
      [12.4, 51.4],
      [12.3, 51.4],
    ]);
  });

  it('refuses a ring with fewer than 3 distinct vertices', () => {
    expect(
      toAreaRing([
        [1, 1],
        [2, 2],
        [1, 1],
      ]),
    ).toBeNull();
  });

  it('keeps at most 100 vertices, so the link stays short', () => {
    const circle = Array.from({ length: 500 }, (_, k) => [
      12 + Math.cos((k / 500) * 2 * Math.PI),
      51 + Math.sin((k / 500) * 2 * Math.PI),
    ]);
    expect(toAreaRing(circle)).toHaveLength(MAX_AREA_VERTICES);
  });

  it('goes into the URL as poly and comes back the same', () => {
    const ring = toAreaRing(drawn)!;
    const query = stringifyQuery({ poly: ring });
    expect(query).toContain('poly=12.30000,51.30000;12.40000,51.30000;12.40000,51.40000;12.30000,51.40000');
    const back = decodeSearch(Object.fromEntries(new URLSearchParams(query))).params.poly;
    expect(back).toEqual(ring);
    expect(toAreaPolygon(ring).coordinates[0]).toHaveLength(5);
  });
});
