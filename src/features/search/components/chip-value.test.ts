import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';
import type { ParamName } from '@/lib/search/search-param-table';
import { chipValue } from './chip-value';

const names = new Map([
  ['14729', 'Landkreis Leipzig'],
  ['15002000', 'Halle (Saale)'],
  // The place `near` names, as use-site-search adds it.
  ['leipzig', 'Leipzig'],
]);

function chips(query: string, language: 'de' | 'en') {
  const i18n = createI18n(language);
  const ctx = { t: i18n.t.bind(i18n), f: formatters(language), names };
  const params = decodeSearch(parseQueryString(query)).params;
  return Object.fromEntries(
    (Object.keys(params) as ParamName[]).map((name) => [name, chipValue(name, params, ctx)]),
  );
}

const QUERY =
  'kind=plots&state=SN,TH&district=14729&municipality=15002000,99999999&area_min=25000&price_max=62.5' +
  '&junction_km_max=12.5&plan=binding&dev=partly&rail=1&sector=logistics&avail=now&near=leipzig&radius_km=40';

describe('filter chips read as values, not as URL codes', () => {
  it('in German', () => {
    expect(chips(QUERY, 'de')).toMatchObject({
      kind: 'Flächen',
      state: 'Sachsen, Thüringen',
      district: 'Landkreis Leipzig',
      municipality: 'Halle (Saale), 99999999',
      area_min: '2,5\u00a0ha',
      price_max: '62,5\u00a0€/m²',
      junction_km_max: '12,5\u00a0km',
      plan: 'Bebauungsplan rechtskräftig',
      dev: 'teilerschlossen',
      rail: null,
      sector: 'Logistik',
      avail: 'sofort',
      near: 'Leipzig (40\u00a0km)',
    });
  });

  it('names the place of a radius search, a point by its coordinates, an unknown id as it is', () => {
    expect(chips('near=12.371,51.34&radius_km=10', 'de').near).toBe('Punkt 12.37100,51.34000 (10\u00a0km)');
    expect(chips('near=atlantis', 'de').near).toBe('atlantis (25\u00a0km)');
  });

  it('in English, with English number formats', () => {
    expect(chips(QUERY, 'en')).toMatchObject({
      kind: 'Plots',
      state: 'Saxony, Thuringia',
      area_min: '2.5\u00a0ha',
      price_max: '62.5\u00a0€/m²',
      junction_km_max: '12.5\u00a0km',
    });
  });

  it('formats hall values with their units', () => {
    expect(
      chips('kind=halls&height_min=10&load_min=2.5&docks_min=4&offer=rent&office_min=500', 'de'),
    ).toMatchObject({
      kind: 'Hallen',
      height_min: '10\u00a0m',
      load_min: '2,5\u00a0t/m²',
      docks_min: '4',
      offer: 'Miete',
      office_min: '500\u00a0m²',
    });
  });
});

describe('an availability duration reads as a span from today', () => {
  it('in German and English', () => {
    expect(chips('avail=P12M&avail_after=P1Y6M', 'de')).toEqual({
      avail: 'innerhalb von 12 Monaten',
      avail_after: '1 Jahr und 6 Monaten ab heute',
    });
    expect(chips('avail=P30D', 'en')).toEqual({ avail: 'within 30 days' });
    expect(chips('avail=P1M', 'de')).toEqual({ avail: 'innerhalb von 1 Monat' });
  });
});
