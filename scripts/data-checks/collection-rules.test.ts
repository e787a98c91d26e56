// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkParkReferences, checkParkSums, checkUniqueIds } from './collection-rules';
import { plot } from './test-features';

describe('checkUniqueIds', () => {
  it('accepts distinct ids', () => {
    expect(checkUniqueIds('plots', ['a', 'b', 'c'])).toEqual([]);
  });

  it('reports a repeated id once', () => {
    const issues = checkUniqueIds('plots', ['a', 'b', 'a', 'a']);
    expect(issues).toEqual([
      { rule: 'unique-id', where: 'plots/a', message: 'id "a" occurs more than once' },
    ]);
  });
});

describe('checkParkSums', () => {
  const member = (id: string, total: number, parkArea: number | null) =>
    plot({ id, park: 'P', total_area_m2: total, park_area_m2: parkArea });

  it('accepts plots within the park size, and parks without a size', () => {
    expect(checkParkSums([member('a', 400, 1000), member('b', 600, 1000)])).toEqual([]);
    expect(checkParkSums([member('a', 4000, null), member('b', 6000, null)])).toEqual([]);
    expect(checkParkSums([plot({ park: null, park_area_m2: 1 })])).toEqual([]);
  });

  it('reports plots that together exceed the park size', () => {
    const issues = checkParkSums([member('a', 600, 1000), member('b', 500, 1000)]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/2 plots total 1 100 m², more than park_area_m2 1 000/);
  });

  it('reports plots of one park that disagree on the park size', () => {
    expect(checkParkSums([member('a', 1, 1000), member('b', 1, 2000)])[0]?.message).toMatch(/disagree/);
  });
});

describe('checkParkReferences', () => {
  const item = (park: string) => ({
    collection: 'news',
    id: 'news-x',
    geometry: null,
    properties: { locations: [{ type: 'ags' }, { type: 'park', park }] },
  });

  it('accepts known parks and other location types', () => {
    expect(checkParkReferences([item('Star Park Halle')], new Set(['Star Park Halle']))).toEqual([]);
  });

  it('reports an unknown park', () => {
    const issues = checkParkReferences([item('Nirgendpark')], new Set(['Star Park Halle']));
    expect(issues).toEqual([
      { rule: 'park-reference', where: 'news/news-x', message: 'unknown park "Nirgendpark"' },
    ]);
  });
});
