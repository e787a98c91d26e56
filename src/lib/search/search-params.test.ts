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

  it('re-serialises the raw strings of a parsed query string as they are (the router does)', () => {
    const qs = '?rail=1&bbox=12.00000,51.00000,13.00000,52.00000&poly=12.1,51.1;12.2,51.1;12.2,51.2';
    expect(stringifyQuery(parseQueryString(qs))).toBe(qs);
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

  it('keeps the known states of a partly bad list, in canonical order, and names what was dropped', () => {
    const { params, problems } = decode('?state=th,XX,SN,SN');
    expect(params.state).toEqual(['SN', 'TH']);
    expect(problems).toEqual([{ param: 'state', value: 'th,XX,SN,SN', reason: 'invalid', dropped: ['XX'] }]);
  });

  it('names the dropped items of every partly bad list, once each', () => {
    const { params, problems } = decode('?zoning=GI,XX,XX&unknown=price,foo&plan=binding,zzz,yyy');
    expect(params).toEqual({ zoning: ['GI'], unknown: ['price'], plan: ['binding'] });
    expect(problems.map((p) => [p.param, p.dropped])).toEqual([
      ['zoning', ['XX']],
      ['unknown', ['foo']],
      ['plan', ['zzz', 'yyy']],
    ]);
  });

  it('does not report a list whose items only repeat or differ in case', () => {
    expect(decode('?state=SN,sn&sector=Hydrogen,hydrogen')).toEqual({
      params: { state: ['SN'], sector: ['hydrogen'] },
      problems: [],
    });
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

  it('merges the repeats of a list without a notice, naming only bad items', () => {
    expect(decode('?zoning=GE&zoning=GI&unknown=price&unknown=avail,price')).toEqual({
      params: { zoning: ['GI', 'GE'], unknown: ['avail', 'price'] },
      problems: [],
    });
    expect(decode('?zoning=GI&zoning=XX').problems).toEqual([
      { param: 'zoning', value: 'GI,XX', reason: 'invalid', dropped: ['XX'] },
    ]);
  });

  it('takes the last of a repeated single value and names the others as ignored', () => {
    expect(decode('?area_min=10&area_min=5&area_min=20&sort=area&sort=name')).toEqual({
      params: { area_min: 20, sort: 'name' },
      problems: [
        { param: 'area_min', value: '20', reason: 'repeated', dropped: ['10', '5'] },
        { param: 'sort', value: 'name', reason: 'repeated', dropped: ['area'] },
      ],
    });
    expect(decode('?q=halle&q=leipzig').params.q).toBe('leipzig');
    // The same value twice is no conflict; a bad last value falls back to the default.
    expect(decode('?sort=name&sort=name')).toEqual({ params: { sort: 'name' }, problems: [] });
    expect(decode('?area_min=10&area_min=abc')).toEqual({
      params: {},
      problems: [
        { param: 'area_min', value: 'abc', reason: 'invalid' },
        { param: 'area_min', value: 'abc', reason: 'repeated', dropped: ['10'] },
      ],
    });
  });

  it('writes repeats back as the router read them: a list joined, other values repeated', () => {
    const qs = '?zoning=GI&zoning=GE&sort=area&sort=name&utm=a&utm=b';
    expect(stringifyQuery(parseQueryString(qs))).toBe('?zoning=GI,GE&sort=area&sort=name&utm=a&utm=b');
  });

  it('rejects fractions and absurdly long numbers', () => {
    expect(decode('?area_min=1.5').params.area_min).toBeUndefined();
    expect(decode('?area_min=1234567890123').params.area_min).toBeUndefined();
  });
});

describe('every filter round-trips through the URL', () => {
  const cases: Record<string, string> = {
    district: 'district=14729,15084',
    municipality: 'municipality=14713000',
    q: 'q=Wei%C3%9Fenfels%20S%C3%BCd',
    near: 'near=12.37129,51.33962&radius_km=40',
    place: 'near=halle-saale',
    bbox: 'bbox=11.90000,51.40000,12.10000,51.60000',
    poly: 'poly=12.01000,51.45000;12.10000,51.45000;12.01000,51.52000',
    region: 'region=proj-innovationsregion',
    plots:
      'zoning=GI,GE&plan=binding,draft&dev=developed&contig_min=50000&divisible_max=5000&park_area_min=1000000',
    price: 'price_min=10&price_max=60.5&unknown=avail,price',
    avail: 'avail=2027-06-30',
    avail_after: 'avail=2027-11-27&avail_after=2026-11-27',
    transport: 'junction_km_max=15&airport_km_max=40&autobahn=A9,A14',
    flags: 'rail=1&h24=1&doors=1&crane=1&heated=1&sprinkler=1',
    sector: 'sector=hydrogen,logistics',
    halls: 'offer=rent&rent_min=4&rent_max=6&office_min=500&height_min=10&load_min=5&docks_min=4',
    sort: 'sort=-price',
  };
  for (const [name, qs] of Object.entries(cases)) {
    it(name, () => {
      const { params, problems } = decode(qs);
      expect(problems).toEqual([]);
      expect(stringifyQuery(params)).toBe(`?${qs}`);
    });
  }

  it('drops defaults from the URL', () => {
    expect(stringifyQuery(decode('sort=-area&radius_km=25&near=leipzig').params)).toBe('?near=leipzig');
  });

  it('rejects out-of-range geometry and oversized values', () => {
    expect(decode('bbox=12,52,11,51').params.bbox).toBeUndefined();
    expect(decode('near=200,95').params.near).toBeUndefined();
    const poly = Array.from({ length: 101 }, (_, i) => `12.${i},51.${i}`).join(';');
    expect(decode(`poly=${poly}`).params.poly).toBeUndefined();
    expect(decode(`q=${'x'.repeat(101)}`).problems).toEqual([
      { param: 'q', value: 'x'.repeat(80), reason: 'invalid' },
    ]);
    expect(decode('avail=2027-02-30').params.avail).toBeUndefined();
    expect(decode('avail_after=now').params.avail_after).toBeUndefined();
  });

  it('swaps reversed price and rent ranges', () => {
    expect(decode('price_min=60&price_max=10').params).toEqual({ price_min: 10, price_max: 60 });
  });
});

describe('wishes in the URL (want=)', () => {
  const decode = (qs: string) => decodeSearch(parseQueryString(qs));

  it('takes every criterion name and round-trips', () => {
    // Written in the table's order, whatever order they came in.
    const qs = 'junction_km_max=20&power_min=10&zoning=GI&price_max=40&want=junction,power,price';
    const { params, problems } = decode(qs.replace('junction,power,price', 'price,junction,power'));
    expect(problems).toEqual([]);
    expect(params.want).toEqual(['junction', 'power', 'price']);
    expect(stringifyQuery(params)).toBe(`?${qs}`);
  });

  it('ignores a wish without a bound, with a notice naming it', () => {
    const { params, problems } = decode('price_max=40&want=price,junction,rail');
    expect(params.want).toEqual(['price']);
    expect(problems).toEqual([
      { param: 'want', value: 'junction,price,rail', reason: 'unbound', dropped: ['junction', 'rail'] },
    ]);
    expect(decode('want=junction').params.want).toBeUndefined();
  });

  it('makes fit the default order with wishes and writes any other order', () => {
    expect(decode('price_max=40&want=price&sort=fit').params.sort).toBeUndefined();
    const chosen = decode('price_max=40&want=price&sort=-area').params;
    expect(chosen.sort).toBe('-area');
    expect(stringifyQuery(chosen)).toBe('?price_max=40&want=price&sort=-area');
    expect(stringifyQuery(decode('price_max=40&sort=-area').params)).toBe('?price_max=40');
  });
});

describe('parameters kept as written (raw)', () => {
  const raw = ['ids'];

  it('are neither decoded when read nor re-encoded when written', () => {
    const qs = '?kind=plots&ids=plots/gf%2Cneu,/gf-b';
    expect(parseQueryString(qs, raw)).toEqual({ kind: 'plots', ids: 'plots/gf%2Cneu,/gf-b' });
    expect(stringifyQuery(parseQueryString(qs, raw), raw)).toBe(qs);
    // Without the raw list the comma inside the id comes back as a separator.
    expect(stringifyQuery(parseQueryString(qs))).toBe('?kind=plots&ids=plots/gf,neu,/gf-b');
  });

  it('are written safely whatever they hold: no new parameter, fragment or broken escape', () => {
    expect(stringifyQuery({ ids: 'a b&c=d#e%zz%41' }, raw)).toBe('?ids=a%20b%26c=d%23e%25zz%41');
  });
});
