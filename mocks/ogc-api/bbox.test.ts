// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bboxIntersects, collectionBbox, geometryBbox, parseBbox } from './bbox';
import { OgcError } from './errors';
import { handleOgcRequest } from './routes';
import { ORIGIN, testDataset } from './test-dataset';

const ids = (url: string) => {
  const res = handleOgcRequest(testDataset(), { method: 'GET', url: `${ORIGIN}${url}` });
  expect(res.status).toBe(200);
  const body = res.body as { numberMatched: number; features: { id: unknown }[] };
  return { matched: body.numberMatched, ids: body.features.map((f) => f.id) };
};

describe('parseBbox', () => {
  it('reads 4 numbers (with spaces, signs, decimals, exponents)', () => {
    expect(parseBbox('10,50,12.5,51')).toEqual([10, 50, 12.5, 51]);
    expect(parseBbox(' -1.5 , +2 , 3e1 , .5e2 ')).toEqual([-1.5, 2, 30, 50]);
  });

  it('reads 6 numbers and drops the heights', () => {
    expect(parseBbox('10,50,0,12,51,100')).toEqual([10, 50, 12, 51]);
  });

  it.each([
    '',
    '1,2,3',
    '1,2,3,4,5',
    'a,b,c,d',
    '1,2,3,',
    '1,,3,4',
    '0x10,1,2,3',
    'NaN,1,2,3',
    'Infinity,1,2,3',
    '10,52,12,51', // minLat > maxLat
    '10,-91,12,51',
    '-181,50,12,51',
    '10,50,181,51',
  ])('rejects %j with a 400 OgcError', (value) => {
    try {
      parseBbox(value);
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(OgcError);
      expect((error as OgcError).status).toBe(400);
      expect((error as OgcError).code).toBe('InvalidParameterValue');
      expect((error as OgcError).message).toContain('bbox');
    }
  });
});

describe('geometry boxes', () => {
  it('computes points, polygons and multipolygons; null geometry has none', () => {
    expect(geometryBbox({ type: 'Point', coordinates: [12, 51] })).toEqual([12, 51, 12, 51]);
    const [plot0, , , , , , , , , , , , , , , , , , , , , , , , plot24] = testDataset().plots.features;
    expect(geometryBbox(plot0!.geometry)).toEqual([10, 50, 10.05, 50.05]);
    expect(geometryBbox(plot24!.geometry)).toEqual([12.4, 50, 12.45, 51]);
    expect(geometryBbox(null)).toBeNull();
  });

  it('ignores a stale bbox member on the geometry', () => {
    const g = { type: 'Point', coordinates: [12, 51], bbox: [0, 0, 1, 1] };
    expect(geometryBbox(g)).toEqual([12, 51, 12, 51]);
  });

  it('collectionBbox is the union, or null without geometries', () => {
    expect(collectionBbox(testDataset().plots.features)).toEqual([10, 50, 12.45, 51]);
    expect(collectionBbox(testDataset().projects.features)).toBeNull();
    expect(collectionBbox([{ type: 'Feature', geometry: null, properties: null }])).toBeNull();
  });
});

describe('bboxIntersects', () => {
  const f: [number, number, number, number] = [10, 50, 11, 51];
  it('counts overlap and touching edges, not separation', () => {
    expect(bboxIntersects(f, [10.5, 50.5, 12, 52])).toBe(true);
    expect(bboxIntersects(f, [11, 51, 12, 52])).toBe(true); // corner touch
    expect(bboxIntersects(f, [9, 49, 12, 52])).toBe(true); // contains
    expect(bboxIntersects(f, [11.01, 50, 12, 51])).toBe(false);
    expect(bboxIntersects(f, [10, 51.01, 11, 52])).toBe(false);
  });

  it('handles a query box across the antimeridian (minLon > maxLon)', () => {
    expect(bboxIntersects([179.9, 0, 179.9, 0], [179, -1, -179, 1])).toBe(true);
    expect(bboxIntersects([-179.9, 0, -179.9, 0], [179, -1, -179, 1])).toBe(true);
    expect(bboxIntersects([12, 0, 12, 0], [179, -1, -179, 1])).toBe(false);
  });
});

describe('items?bbox=', () => {
  it('returns exactly the intersecting features, in data order, with numberMatched', () => {
    // Plots at lon 10.0–10.05, 10.1–10.15, … ; this box touches p-01 … p-03.
    expect(ids('/api/collections/plots/items?bbox=10.12,50.01,10.3,50.02')).toEqual({
      matched: 3,
      ids: ['p-01', 'p-02', 'p-03'],
    });
  });

  it('matches a MultiPolygon by its second part', () => {
    expect(ids('/api/collections/plots/items?bbox=12,50.97,13,50.98').ids).toEqual(['p-24']);
  });

  it('leaves out features without geometry', () => {
    expect(ids('/api/collections/halls/items?bbox=-180,-90,180,90').ids).not.toContain('h-nogeom');
    expect(ids('/api/collections/news/items?bbox=-180,-90,180,90').ids).toEqual(['n-1']);
    expect(ids('/api/collections/news/items').ids).toEqual(['n-1', 'n-2']);
  });

  it('crosses the antimeridian', () => {
    expect(ids('/api/collections/halls/items?bbox=179,-1,-179,1').ids).toEqual(['h-east', 'h-west']);
  });

  it('a far-away box matches nothing', () => {
    expect(ids('/api/collections/plots/items?bbox=-30.5,40,-29.5,41')).toEqual({ matched: 0, ids: [] });
  });

  it.each(['1,2,3', 'a,b,c,d', '1,2,3,4,5', '10,52,12,51'])('bbox=%s is a 400', (bbox) => {
    const res = handleOgcRequest(testDataset(), {
      method: 'GET',
      url: `${ORIGIN}/api/collections/plots/items?bbox=${bbox}`,
    });
    expect(res.status).toBe(400);
    expect((res.body as { code: string }).code).toBe('InvalidParameterValue');
  });
});
