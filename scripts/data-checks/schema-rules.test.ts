// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hallFeatureSchema, newsFeatureSchema, plotFeatureSchema } from '../../src/contract/feature-schemas';
import { airportSchema } from './distance-rules';
import { formatReport } from './report';
import { validateArray, validateCollection } from './schema-rules';

const newsFeature = (id: string, date: string) => ({
  type: 'Feature',
  id,
  geometry: null,
  properties: { kind: 'news', date, title: 'T', teaser: 'Kurz', body: 'Lang', source: 'Quelle' },
});

describe('validateCollection', () => {
  it('returns the parsed features of a valid collection', () => {
    const fc = { type: 'FeatureCollection', features: [newsFeature('news-a', '2020-01-01')] };
    const { features, issues } = validateCollection('news', fc, newsFeatureSchema);
    expect(issues).toEqual([]);
    expect(features).toHaveLength(1);
    expect(features[0]).toMatchObject({ collection: 'news', id: 'news-a', geometry: null });
    expect(features[0]?.properties.topics).toEqual([]);
  });

  it('reports an invalid feature with its id and field, and leaves it out', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [newsFeature('news-a', '2020-01-01'), newsFeature('news-b', 'gestern')],
    };
    const { features, issues } = validateCollection('news', fc, newsFeatureSchema);
    expect(features.map((f) => f.id)).toEqual(['news-a']);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.where).toBe('news/news-b');
    expect(issues[0]?.message).toMatch(/^properties\.date/);
  });

  it('reports a link the app would drop (a scheme other than http, https, mailto)', () => {
    const bad = newsFeature('news-js', '2020-01-01');
    const fc = {
      type: 'FeatureCollection',
      features: [
        { ...bad, properties: { ...bad.properties, links: [{ href: 'javascript:void 0', title: 'x' }] } },
      ],
    };
    const { issues } = validateCollection('news', fc, newsFeatureSchema);
    expect(issues.map((i) => [i.where, i.message])).toEqual([
      ['news/news-js', 'properties.links.0.href: scheme javascript: not allowed (http, https, mailto)'],
    ]);
  });

  it('reports data that is not a FeatureCollection', () => {
    expect(validateCollection('news', [], newsFeatureSchema).issues[0]?.message).toMatch(/not a GeoJSON/);
    expect(validateCollection('news', null, newsFeatureSchema).issues).toHaveLength(1);
  });
});

describe('power_mva in the site schemas', () => {
  const plotFeature = (id: string, extra: Record<string, unknown>) => ({
    type: 'Feature',
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [12.3, 51.4],
          [12.302, 51.4],
          [12.302, 51.402],
          [12.3, 51.402],
          [12.3, 51.4],
        ],
      ],
    },
    properties: {
      kind: 'plot',
      name: 'Testfläche',
      municipality: 'Leipzig',
      district: 'Leipzig',
      state: 'SN',
      area_m2: 30_000,
      data_as_of: '2026-10-01',
      lat: 51.401,
      lon: 12.301,
      source: 'Test',
      zoning: 'GI',
      planning_status: 'binding_plan',
      development_status: 'developed',
      ...extra,
    },
  });
  const hallFeature = (id: string, extra: Record<string, unknown>) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [12.3, 51.4] },
    properties: {
      kind: 'hall',
      name: 'Testhalle',
      municipality: 'Leipzig',
      district: 'Leipzig',
      state: 'SN',
      area_m2: 5_000,
      data_as_of: '2026-10-01',
      lat: 51.4,
      lon: 12.3,
      source: 'Test',
      offer_type: 'rent',
      ...extra,
    },
  });

  it('reads numbers and numeric strings, and null or a missing value as unknown', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        plotFeature('n', { power_mva: 40 }),
        plotFeature('s', { power_mva: '12.5' }),
        plotFeature('null', { power_mva: null }),
        plotFeature('missing', {}),
        plotFeature('zero', { power_mva: 0 }),
      ],
    };
    const { features, issues } = validateCollection('plots', fc, plotFeatureSchema);
    expect(issues).toEqual([]);
    expect(features.map((f) => f.properties.power_mva)).toEqual([40, 12.5, null, null, 0]);
    const halls = validateCollection(
      'halls',
      { type: 'FeatureCollection', features: [hallFeature('h', { power_mva: ' 0.63 ' })] },
      hallFeatureSchema,
    );
    expect(halls.issues).toEqual([]);
    expect(halls.features[0]?.properties.power_mva).toBe(0.63);
  });

  it('rejects a negative value and a non-number', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        plotFeature('neg', { power_mva: -1 }),
        plotFeature('neg-s', { power_mva: '-12.5' }),
        plotFeature('word', { power_mva: 'viel' }),
        plotFeature('unit', { power_mva: '12.5 MVA' }),
      ],
    };
    const { features, issues } = validateCollection('plots', fc, plotFeatureSchema);
    expect(features).toEqual([]);
    expect(issues.map((i) => i.where)).toEqual(['plots/neg', 'plots/neg-s', 'plots/word', 'plots/unit']);
    for (const i of issues) expect(i.message).toMatch(/^properties\.power_mva/);
    expect(
      validateCollection(
        'halls',
        { type: 'FeatureCollection', features: [hallFeature('h', { power_mva: -0.4 })] },
        hallFeatureSchema,
      ).issues,
    ).toHaveLength(1);
  });
});

describe('validateArray', () => {
  it('validates items one by one', () => {
    const data = [{ id: 'lej', name: 'Leipzig/Halle', iata: 'LEJ', lat: 51.4, lon: 12.2 }, { id: 'x' }];
    const { items, issues } = validateArray('airports.json', data, airportSchema);
    expect(items).toHaveLength(1);
    expect(issues.map((i) => i.where)).toEqual(['airports.json#1']);
    expect(validateArray('airports.json', {}, airportSchema).issues[0]?.message).toBe('not a JSON array');
  });
});

describe('formatReport', () => {
  it('marks passing and failing rules and ends with a verdict', () => {
    const ok = formatReport(['Head'], [{ rule: 'a', description: 'A', issues: [] }]);
    expect(ok).toMatch(/✓ a/);
    expect(ok).toMatch(/Data check passed\.$/);
    const bad = formatReport(
      [],
      [{ rule: 'b', description: 'B', issues: [{ rule: 'b', where: 'w', message: 'm' }] }],
    );
    expect(bad).toMatch(/✗ b .*1 issue\(s\)\n {4}w: m/);
    expect(bad).toMatch(/FAILED: 1 issue\(s\)\.$/);
  });
});
