import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../../tests/support/site-fixtures';
import { decodeSearch, parseQueryString, stringifyQuery } from '../search-params';
import { loosenCriterion, roundOutward } from './loosen-criterion';
import { nearMissText } from './miss-text';

const [plot] = validateSites('plots', 'plot', [
  plotFeature({
    id: 'p1',
    area_m2: 92_340,
    zoning: 'GE',
    junction_km: 23.4,
    junction_autobahn: 'A9',
    planning_status: 'plan_in_preparation',
    rail_siding: false,
    available_from: '2027-03-15',
    price_eur_m2: null,
    lon: 12.0,
    lat: 51.5,
  }),
]).sites;
const [hall] = validateSites('halls', 'hall', [hallFeature({ id: 'h1', clear_height_m: 9.5 })]).sites;
const LEIPZIG: [number, number] = [12.37129, 51.33962];
const params = (qs: string) => decodeSearch(parseQueryString(qs)).params;
const ctx = (language: 'de' | 'en') => {
  const i18n = createI18n(language);
  return { t: i18n.t.bind(i18n), f: formatters(language, 'ha'), nearPoint: LEIPZIG, nearLabel: 'Leipzig' };
};
const loosened = (name: Parameters<typeof loosenCriterion>[0], qs: string, site = plot!) =>
  stringifyQuery(loosenCriterion(name, site, params(qs), { nearPoint: LEIPZIG }));

describe('what a near miss lacks', () => {
  it('says which criterion and by how much, in both languages', () => {
    const de = ctx('de');
    expect(nearMissText('junction', plot!, params('junction_km_max=20'), de)).toBe(
      'Autobahn-Anschlussstelle 23,4\u00a0km statt höchstens 20\u00a0km',
    );
    expect(nearMissText('area', plot!, params('area_min=100000'), de)).toBe(
      'Fläche 9,23\u00a0ha statt mindestens 10\u00a0ha',
    );
    expect(nearMissText('zoning', plot!, params('zoning=GI'), de)).toBe('Baugebiet GE statt GI');
    expect(nearMissText('rail', plot!, params('rail=1'), de)).toBe('ohne Gleisanschluss');
    expect(nearMissText('price', plot!, params('price_max=40'), de)).toBe('Kaufpreis: keine Angabe');
    expect(nearMissText('near', plot!, params('near=leipzig&radius_km=25'), de)).toMatch(
      /^\d+(,\d)?\u00a0km von Leipzig statt höchstens 25\u00a0km/,
    );
    const en = ctx('en');
    expect(nearMissText('junction', plot!, params('junction_km_max=20'), en)).toBe(
      'Motorway junction 23.4\u00a0km instead of at most 20\u00a0km',
    );
    expect(nearMissText('height', hall!, params('height_min=10'), en)).toBe(
      'Clear height 9.5\u00a0m instead of at least 10\u00a0m',
    );
  });
});

describe('loosening one criterion', () => {
  it('moves a bound to the site’s value, rounded outward, and changes nothing else', () => {
    expect(loosened('area', 'area_min=100000&zoning=GE')).toBe('?area_min=92000&zoning=GE');
    expect(loosened('junction', 'junction_km_max=20&rail=1')).toBe('?junction_km_max=24&rail=1');
    expect(loosened('height', 'height_min=10&kind=halls', hall!)).toBe('?kind=halls&height_min=9.5');
  });

  it('adds the site’s value to a list, keeps a site without a value, drops a yes/no', () => {
    expect(loosened('zoning', 'zoning=GI')).toBe('?zoning=GI,GE');
    expect(loosened('plan', 'plan=binding')).toBe('?plan=binding,draft');
    expect(loosened('price', 'price_max=40')).toBe('?price_max=40&unknown=price');
    expect(loosened('rail', 'rail=1&area_min=5000')).toBe('?area_min=5000');
    expect(loosened('avail', 'avail=2027-01-01')).toBe('?avail=2027-03-15');
  });

  it('reads a duration bound against the app’s today', () => {
    const later = loosenCriterion('avail', plot!, params('avail_after=P6M'), { today: '2026-11-27' });
    expect(stringifyQuery(later)).toBe('?avail_after=2027-03-14');
    expect(
      nearMissText('avail', plot!, params('avail=P3M'), { ...ctx('de'), today: '2026-11-27' }),
    ).toContain('27.02.2027');
  });

  it('widens a radius to the site’s distance and a box to take the site in', () => {
    expect(loosened('near', 'near=leipzig&radius_km=20')).toMatch(/^\?near=leipzig&radius_km=(2[6-9]|3\d)$/);
    expect(loosened('bbox', 'bbox=12.1,51.3,12.5,51.6')).toBe('?bbox=11.99600,51.30000,12.50000,51.60000');
  });

  it('rounds to two significant digits away from the bound', () => {
    expect(roundOutward(92_340, 'down')).toBe(92_000);
    expect(roundOutward(23.4, 'up')).toBe(24);
    expect(roundOutward(0.857, 'down')).toBe(0.85);
    expect(roundOutward(20, 'up')).toBe(20);
  });
});
