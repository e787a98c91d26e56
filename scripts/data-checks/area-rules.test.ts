// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkAreaOrder, checkPolygonAreas, geometryAreaM2 } from './area-rules';
import { hall, plot, square } from './test-features';

describe('checkPolygonAreas', () => {
  it('accepts total_area_m2 equal to the polygon area', () => {
    expect(checkPolygonAreas([plot()])).toEqual([]);
  });

  it('accepts a difference just under 2 %', () => {
    const exact = geometryAreaM2(square(12.3, 51.4)) as number;
    expect(checkPolygonAreas([plot({ total_area_m2: Math.round(exact * 1.019) })])).toEqual([]);
  });

  it('reports a difference of more than 2 %', () => {
    const exact = geometryAreaM2(square(12.3, 51.4)) as number;
    const issues = checkPolygonAreas([plot({ total_area_m2: Math.round(exact * 1.03) })]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'polygon-area', where: 'plots/gf-test-01' });
    expect(issues[0]?.message).toMatch(/differs from total_area_m2/);
  });

  it('reports a plot without polygon or without total', () => {
    expect(checkPolygonAreas([plot({}, { type: 'Point', coordinates: [12.3, 51.4] })])).toHaveLength(1);
    expect(checkPolygonAreas([plot({ total_area_m2: null })])).toHaveLength(1);
  });

  it('ignores halls', () => {
    expect(checkPolygonAreas([hall({ total_area_m2: 1 })])).toEqual([]);
  });
});

describe('checkAreaOrder', () => {
  it('accepts consistent areas and nulls', () => {
    expect(checkAreaOrder([plot(), hall(), plot({ total_area_m2: null, divisible_from_m2: null })])).toEqual(
      [],
    );
  });

  it('reports available area above total', () => {
    const issues = checkAreaOrder([
      plot({ area_m2: 10, total_area_m2: 5, largest_contiguous_m2: 5, divisible_from_m2: null }),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/area_m2 10 exceeds total_area_m2 5/),
    ]);
  });

  it('reports largest contiguous above available', () => {
    const issues = checkAreaOrder([plot({ area_m2: 100, total_area_m2: 100, largest_contiguous_m2: 101 })]);
    expect(issues[0]?.message).toMatch(/largest_contiguous_m2 101 exceeds area_m2 100/);
  });

  it('reports divisible-from above largest contiguous', () => {
    const issues = checkAreaOrder([
      plot({ area_m2: 100, total_area_m2: 100, largest_contiguous_m2: 50, divisible_from_m2: 60 }),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/divisible_from_m2 60 exceeds largest_contiguous_m2 50/);
  });

  it('checks a hall against its hall area', () => {
    expect(checkAreaOrder([hall({ divisible_from_m2: 6000 })])[0]?.message).toMatch(/exceeds area_m2 5 000/);
    expect(checkAreaOrder([hall({ total_area_m2: 4000 })])).toHaveLength(1);
  });
});
