import { describe, expect, it } from 'vitest';
import { outlineDrawing } from './outline-path';

describe('outline drawing', () => {
  it('fits a polygon into the view box, north up, with a sensible scale bar', () => {
    const d = outlineDrawing(
      {
        type: 'Polygon',
        coordinates: [
          [
            [12.3, 51.35],
            [12.302, 51.35],
            [12.302, 51.352],
            [12.3, 51.352],
            [12.3, 51.35],
          ],
        ],
      },
      240,
      20,
    );
    expect(d.paths).toHaveLength(1);
    const nums = d.paths[0]!.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...nums)).toBeLessThanOrEqual(220);
    // The south-west corner (first point) is at the bottom: larger y than the north edge.
    expect(d.paths[0]).toMatch(/^M\d+(\.\d+)? 220\.0/);
    // ~222 m tall in 200 px: a 50 m bar is about 45 px.
    expect(d.scaleBar.metres).toBe(50);
    expect(d.scaleBar.length).toBeCloseTo(45, 0);
  });

  it('centres a point', () => {
    const d = outlineDrawing({ type: 'Point', coordinates: [12.08, 51.5] }, 200, 20);
    expect(d.point).toEqual([100, 100]);
    expect(d.paths).toEqual([]);
  });
});
