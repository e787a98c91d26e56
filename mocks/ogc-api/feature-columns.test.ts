// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureColumnsSchema, featuresOf } from '../../src/contract/feature-columns';
import { featureCollectionPageSchema } from '../../src/contract/ogc-schemas';
import { fetchAllPages } from '../../src/lib/api/ogc-client';
import { FEATURE_COLUMNS_TYPE, toFeatureColumns } from './feature-columns';
import { handleOgcRequest } from './routes';
import { ORIGIN, testDataset } from './test-dataset';

const through = (records: unknown[]) => JSON.parse(JSON.stringify(toFeatureColumns(records))) as unknown;
const roundTrip = (records: unknown[]) => featuresOf(featureColumnsSchema.parse(through(records)));

const point = { type: 'Point', coordinates: [12.4, 51.3] };
const awkward: unknown[] = [
  { type: 'Feature', id: 'a', geometry: point, properties: { name: 'A', area_m2: 10 } },
  { type: 'Feature', id: 2, geometry: null, properties: { name: 'B' } },
  { type: 'Feature', id: 'c', geometry: point, properties: { area_m2: null, extra: [1, 2] } },
  { type: 'Feature', geometry: point, properties: {} },
  { type: 'Feature', id: 'd', geometry: point, properties: null },
  { type: 'Feature', id: 'e', geometry: point, properties: { name: 'E' }, bbox: [1, 2, 3, 4] },
  { type: 'Point', coordinates: [1, 2] },
  'text',
  null,
  [1, 2],
  JSON.parse(
    '{"type":"Feature","id":"p","geometry":null,"properties":{"__proto__":{"polluted":true},"name":"P"}}',
  ),
];

describe('column pages: the encoding', () => {
  it('gives back every record as it was, whatever the record', () => {
    expect(roundTrip(awkward)).toEqual(awkward);
    const proto = (roundTrip(awkward)[10] as { properties: object }).properties;
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { plots, halls, news } = testDataset();
    for (const features of [plots.features, halls.features, news.features, []])
      expect(roundTrip(features)).toEqual(features);
  });

  it('names each property once, marks the rows without it, and keeps odd records whole', () => {
    const block = through(awkward) as Record<string, Record<string, unknown>>;
    expect(Object.keys(block.properties!)).toEqual(['name', 'area_m2', 'extra', '__proto__']);
    expect(block.properties!.name).toEqual(['A', 'B', null, null, null, null, null, null, null, null, 'P']);
    expect(block.absent).toEqual(
      JSON.parse('{"name":[2],"area_m2":[1,10],"extra":[0,1,10],"__proto__":[0,1,2]}'),
    );
    expect(Object.keys(block.records!)).toEqual(['3', '4', '5', '6', '7', '8', '9']);
  });

  it('sends a column of few different values once each, with a code per row', () => {
    const districts = ['Anhalt-Bitterfeld', 'Saalekreis', 'Anhalt-Bitterfeld', null];
    const records = Array.from({ length: 16 }, (_, i) => ({
      type: 'Feature',
      id: `s${i}`,
      geometry: point,
      properties: i === 5 ? { name: `Site ${i}` } : { name: `Site ${i}`, district: districts[i % 4] },
    }));
    const block = through(records) as Record<string, Record<string, unknown[]>>;
    expect(block.dictionary).toEqual({ district: ['Anhalt-Bitterfeld', 'Saalekreis', null] });
    expect(block.properties!.district!.slice(0, 8)).toEqual([0, 1, 0, 2, 0, 2, 0, 2]);
    expect(block.properties!.name).toEqual(records.map((r) => r.properties.name));
    expect(roundTrip(records)).toEqual(records);
    // Rows of one district hold the very same string.
    const read = featureColumnsSchema.parse(through(records));
    const column = read.properties.district!;
    expect(column[0]).toBe(column[2]);
    expect(column[5]).toBeUndefined();
  });

  it('is about half the bytes of the GeoJSON page for the sites', () => {
    const { plots } = testDataset();
    const geojson = JSON.stringify(plots.features).length;
    expect(JSON.stringify(toFeatureColumns(plots.features)).length).toBeLessThan(0.75 * geojson);
  });

  it.each([
    [{ length: 2, id: ['a'], geometry: [null, null] }, 'id', 'expected an array of 2 values'],
    [
      { length: 2, id: ['a', 'b'], geometry: [null, null], properties: { name: ['A'] } },
      'properties.name',
      'expected an array of 2 values',
    ],
    [
      { length: 2, id: ['a', 'b'], geometry: [null, null], absent: { name: [2] } },
      'absent.name',
      'expected rows below 2',
    ],
    [
      { length: 2, id: ['a', 'b'], geometry: [null, null], records: { '-1': {} } },
      'records.-1',
      'expected a row below 2',
    ],
    [
      {
        length: 2,
        id: ['a', 'b'],
        geometry: [null, null],
        properties: { d: [0, 2] },
        dictionary: { d: ['x', 'y'] },
      },
      'properties.d',
      'expected codes below 2',
    ],
    [
      {
        length: 2,
        id: ['a', 'b'],
        geometry: [null, null],
        properties: { d: [0, 0.5] },
        dictionary: { d: ['x'] },
      },
      'properties.d',
      'expected codes below 1',
    ],
    [
      { length: 2, id: ['a', 'b'], geometry: [null, null], dictionary: { d: ['x'] } },
      'dictionary.d',
      'expected a column of that name',
    ],
    [
      {
        length: 2,
        id: ['a', 'b'],
        geometry: [null, null],
        properties: { d: [0, 0] },
        dictionary: { d: [['x']] },
      },
      'dictionary.d',
      'expected an array of strings, numbers, booleans or null',
    ],
    [{ length: -1, id: [], geometry: [] }, 'length', 'expected a count'],
    [[], '', 'expected the features as columns'],
  ])('refuses a malformed block with the place and the reason (%#)', (block, path, message) => {
    const result = featureColumnsSchema.safeParse(block);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('column pages: the API', () => {
  const get = (path: string) => handleOgcRequest(testDataset(), { method: 'GET', url: `${ORIGIN}${path}` });

  it('offers them beside GeoJSON in each collection', () => {
    const body = get('/api/collections/plots').body as {
      links: { rel: string; type: string; href: string }[];
    };
    expect(body.links.filter((l) => l.rel === 'items')).toEqual([
      expect.objectContaining({
        type: 'application/geo+json',
        href: `${ORIGIN}/api/collections/plots/items`,
      }),
      expect.objectContaining({
        type: FEATURE_COLUMNS_TYPE,
        href: `${ORIGIN}/api/collections/plots/items?f=columns`,
      }),
    ]);
  });

  it('answers f=columns with a column page whose links stay column pages', () => {
    const res = get('/api/collections/plots/items?f=columns&limit=10&offset=10');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe(FEATURE_COLUMNS_TYPE);
    const page = featureCollectionPageSchema.parse(JSON.parse(JSON.stringify(res.body)));
    expect(page).toMatchObject({ type: 'FeatureColumns', numberMatched: 25, numberReturned: 10 });
    expect(page.features.length).toBe(10);
    const next = page.links.find((l) => l.rel === 'next');
    expect(next).toEqual(
      expect.objectContaining({
        type: FEATURE_COLUMNS_TYPE,
        href: `${ORIGIN}/api/collections/plots/items?f=columns&limit=10&offset=20`,
      }),
    );
  });

  it('refuses an unknown format with a clear message', () => {
    const res = get('/api/collections/plots/items?f=xml');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(`Invalid value \\"xml\\" for parameter 'f'`);
  });

  it('a malformed column page is an unexpected answer that names the place', async () => {
    const page = { type: 'FeatureColumns', links: [], features: { length: 1, id: ['a'], geometry: [] } };
    const fetchImpl = (() => Promise.resolve(new Response(JSON.stringify(page)))) as typeof fetch;
    await expect(
      fetchAllPages(`${ORIGIN}/api/collections/plots/items?f=columns`, { fetchImpl }),
    ).rejects.toMatchObject({
      kind: 'unexpected-answer',
      message: expect.stringContaining('features.geometry: expected an array of 1 values'),
    });
  });
});
