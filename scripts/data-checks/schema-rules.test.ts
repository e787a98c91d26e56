// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newsFeatureSchema } from '../../src/contract/feature-schemas';
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

  it('reports data that is not a FeatureCollection', () => {
    expect(validateCollection('news', [], newsFeatureSchema).issues[0]?.message).toMatch(/not a GeoJSON/);
    expect(validateCollection('news', null, newsFeatureSchema).issues).toHaveLength(1);
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
