import { describe, expect, it } from 'vitest';
import type { SearchParams } from '@/lib/search/search-param-table';
import { areaKeys, withDistrictNames, withKnownAreas } from './known-areas';

const districts = new Map([
  ['14713', 'Leipzig'],
  ['14523', 'Vogtlandkreis'],
]);
// A site of another state, as a foreign backend may list it: its names make its keys known.
const siteNames = new Map([
  ['09162', 'München'],
  ['09162000', 'München'],
]);
const known = areaKeys(districts, siteNames);

describe('withKnownAreas', () => {
  it('keeps keys of the region and keys a site names, and hands back the same parameters', () => {
    const params: SearchParams = { district: ['14713', '09162'], municipality: ['14523100', '09162000'] };
    const checked = withKnownAreas(params, known);
    expect(checked.params).toBe(params);
    expect(checked.problems).toEqual([]);
  });

  it('leaves out the keys of no known district, each named, and keeps the rest', () => {
    const checked = withKnownAreas(
      { district: ['99999', '14713'], municipality: ['01001000'], area_min: 20_000 },
      known,
    );
    expect(checked.params).toEqual({ district: ['14713'], municipality: undefined, area_min: 20_000 });
    expect(checked.problems).toEqual([
      { param: 'district', value: '99999,14713', reason: 'outside', dropped: ['99999'] },
      { param: 'municipality', value: '01001000', reason: 'outside', dropped: ['01001000'] },
    ]);
  });

  it('names at most 20 of a long list of unknown keys', () => {
    const keys = Array.from({ length: 50 }, (_, i) => String(90000 + i));
    const [problem] = withKnownAreas({ district: keys }, known).problems;
    expect(problem?.dropped).toHaveLength(20);
  });
});

describe('withDistrictNames', () => {
  it("names a district no site names by the gazetteer, and leaves the sites' names and the map alone", () => {
    const named = withDistrictNames(siteNames, districts, ['14523', '09162', '99999']);
    expect([named.get('14523'), named.get('09162'), named.has('99999')]).toEqual([
      'Vogtlandkreis',
      'München',
      false,
    ]);
    expect(withDistrictNames(siteNames, districts, ['09162'])).toBe(siteNames);
    expect(withDistrictNames(siteNames, undefined, ['14523'])).toBe(siteNames);
  });
});
