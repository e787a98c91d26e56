import { describe, expect, it } from 'vitest';
import { decodeSearch, parseQueryString, stringifyQuery } from './search-params';

const decode = (qs: string) => decodeSearch(parseQueryString(qs));

describe('search params codec', () => {
  it('reads the documented example', () => {
    expect(decode('?kind=plots&area_min=20000&area_max=500000&state=SN,ST')).toEqual({
      params: { kind: 'plots', area_min: 20000, area_max: 500000, state: ['SN', 'ST'] },
      problems: [],
    });
  });

  it('round-trips: serialise then parse gives the same parameters', () => {
    const params = { kind: 'halls' as const, area_min: 5000, state: ['ST' as const, 'TH' as const] };
    const qs = stringifyQuery(params);
    expect(qs).toBe('?kind=halls&area_min=5000&state=ST,TH');
    expect(decode(qs).params).toEqual(params);
  });

  it('leaves out empty values and empty lists when serialising', () => {
    expect(stringifyQuery({ kind: undefined, area_min: '', state: [] })).toBe('');
  });

  it('falls back to defaults for malformed values and reports each', () => {
    const { params, problems } = decode('?kind=zzz&area_min=abc&area_max=-5&state=XX');
    expect(params).toEqual({});
    expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual([
      'kind=zzz',
      'area_min=abc',
      'area_max=-5',
      'state=XX',
    ]);
    expect(problems.every((p) => p.reason === 'invalid')).toBe(true);
  });

  it('keeps the known states of a partly bad list, in canonical order, and reports the list', () => {
    const { params, problems } = decode('?state=th,XX,SN,SN');
    expect(params.state).toEqual(['SN', 'TH']);
    expect(problems).toEqual([{ param: 'state', value: 'th,XX,SN,SN', reason: 'invalid' }]);
  });

  it('reports unknown parameters but passes `lang` through', () => {
    expect(decode('?utm_source=mail&lang=en').problems).toEqual([
      { param: 'utm_source', value: 'mail', reason: 'unknown' },
    ]);
  });

  it('swaps a reversed size range', () => {
    expect(decode('?area_min=9000&area_max=1000').params).toEqual({ area_min: 1000, area_max: 9000 });
  });

  it('decodes percent-encoded lists and repeated keys', () => {
    expect(decode('?state=SN%2CST').params.state).toEqual(['SN', 'ST']);
    expect(decode('?state=SN&state=TH').params.state).toEqual(['SN', 'TH']);
  });

  it('rejects fractions and absurdly long numbers', () => {
    expect(decode('?area_min=1.5').params.area_min).toBeUndefined();
    expect(decode('?area_min=1234567890123').params.area_min).toBeUndefined();
  });
});
