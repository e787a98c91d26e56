import { describe, expect, it } from 'vitest';
import { checkDateOrder, checkDateRange, checkLocationsResolve, checkProfiles } from './context-rules';

const item = (id: string, properties: Record<string, unknown>) => ({
  collection: 'events',
  id,
  geometry: null,
  properties: { date: '2020-01-01', end_date: null, locations: [], ...properties },
});

describe('context rules', () => {
  const known = { ags: new Set(['14713000']), districts: new Set(['15088']) };

  it('reports municipality and district keys that resolve nowhere', () => {
    const issues = checkLocationsResolve(
      [
        item('ok', {
          locations: [
            { type: 'ags', ags: '14713000' },
            { type: 'district', district: '15088' },
          ],
        }),
        item('bad', {
          locations: [
            { type: 'ags', ags: '99999999' },
            { type: 'district', district: '99999' },
          ],
        }),
      ],
      known,
    );
    expect(issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'events/bad: unknown municipality key 99999999',
      'events/bad: unknown district key 99999',
    ]);
  });

  it('reports an end date before the start date', () => {
    const issues = checkDateOrder([
      item('a', { date: '2020-05-02', end_date: '2020-05-01' }),
      item('b', { date: '2020-05-02', end_date: '2020-05-02' }),
    ]);
    expect(issues.map((i) => i.where)).toEqual(['events/a']);
  });

  it('reports dates outside the covered range', () => {
    const issues = checkDateRange(
      [item('old', { date: '2015-12-31' }), item('new', { date: '2016-01-01' })],
      '2016-01-01',
      '2026-12-31',
    );
    expect(issues.map((i) => i.where)).toEqual(['events/old']);
  });

  it('reports a 30 km catchment larger than the 60 km one', () => {
    const site = (id: string, pop_30km: number, pop_60km: number) => ({
      collection: 'plots',
      id,
      geometry: null,
      properties: { pop_30km, pop_60km, district_population: null },
    });
    expect(checkProfiles([site('x', 10, 5), site('y', 5, 10)]).map((i) => i.where)).toEqual(['plots/x']);
  });
});
