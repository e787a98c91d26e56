import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../../tests/support/site-fixtures';
import { CRITERION_NAMES, criterionDef } from './criteria';
import { siteValueShort } from './site-value-short';

const [plot, bare] = validateSites('plots', 'plot', [
  plotFeature({
    id: 'p',
    junction_km: 4.2,
    junction_autobahn: 'A9',
    junction_name: 'Leipzig-West',
    available_from: '2027-03-15',
    power_mva: 40,
    zoning: 'GI',
  }),
  plotFeature({
    id: 'bare',
    junction_km: null,
    junction_autobahn: null,
    junction_name: null,
    rail_siding: false,
    available_from: null,
    airport_name: null,
  }),
]).sites;
const [hall] = validateSites('halls', 'hall', [
  hallFeature({ id: 'h', clear_height_m: 12, loading_docks: 1, ground_level_doors: 3 }),
]).sites;

const ctx = (language: 'de' | 'en') => {
  const i18n = createI18n(language);
  return { t: i18n.t.bind(i18n), f: formatters(language) };
};
const de = ctx('de');
const en = ctx('en');

describe("a site's own value as a compact text", () => {
  it('names a range by its detail or its short name', () => {
    expect(siteValueShort('junction', plot!, de)).toBe('A9 Leipzig-West 4,2\u00a0km');
    expect(siteValueShort('junction', plot!, en)).toBe('A9 Leipzig-West 4.2\u00a0km');
    expect(siteValueShort('height', hall!, de)).toBe('lichte Höhe 12\u00a0m');
    expect(siteValueShort('height', hall!, en)).toBe('clear height 12\u00a0m');
    expect(siteValueShort('power', plot!, de)).toBe('Netzanschluss 40\u00a0MVA');
    expect(siteValueShort('power', plot!, en)).toBe('grid connection 40\u00a0MVA');
    expect(siteValueShort('airport', plot!, de)).toBe('Flughafen Leipzig/Halle 9,8\u00a0km');
    expect(siteValueShort('airport', bare!, en)).toBe('airport 9.8\u00a0km');
  });

  it('counts in the right number', () => {
    expect(siteValueShort('docks', hall!, de)).toBe('1 Rampentor');
    expect(siteValueShort('doors', hall!, de)).toBe('3 ebenerdige Tore');
    expect(siteValueShort('doors', hall!, en)).toBe('3 ground-level doors');
  });

  it('shows a flag by its short name when yes', () => {
    expect(siteValueShort('rail', plot!, de)).toBe('Gleisanschluss');
    expect(siteValueShort('rail', plot!, en)).toBe('rail siding');
    expect(siteValueShort('rail', bare!, de)).toBe('Gleisanschluss: nein');
  });

  it('shows a category by its value alone, translated where the table says so', () => {
    expect(siteValueShort('zoning', plot!, de)).toBe('GI');
    expect(siteValueShort('state', plot!, en)).toBe('Saxony');
    expect(siteValueShort('dev', plot!, de)).toBe('erschlossen');
  });

  it('shows a date as month and year, and one that has passed as available now', () => {
    expect(siteValueShort('avail', plot!, de)).toBe('verfügbar ab 03/2027');
    expect(siteValueShort('avail', plot!, en)).toBe('available from Mar 2027');
    expect(siteValueShort('avail', plot!, { ...de, today: '2027-03-14' })).toBe('verfügbar ab 03/2027');
    expect(siteValueShort('avail', plot!, { ...de, today: '2027-03-15' })).toBe('sofort verfügbar');
    expect(siteValueShort('avail', plot!, { ...en, today: '2027-12-01' })).toBe('available now');
  });

  it('says "not given" where the site has no value', () => {
    expect(siteValueShort('junction', bare!, de)).toBe('Anschlussstelle: k. A.');
    expect(siteValueShort('junction', bare!, en)).toBe('junction: n/a');
    expect(siteValueShort('avail', bare!, de)).toBe('Verfügbarkeit: k. A.');
  });

  it('is null for criteria without a value of a site', () => {
    expect(siteValueShort('q', plot!, de)).toBeNull();
    expect(siteValueShort('bbox', plot!, de)).toBeNull();
  });

  it('has a short name for every criterion with a value of a site', () => {
    const missing = CRITERION_NAMES.filter((name) => {
      const value = criterionDef(name).value;
      return name !== 'area' && value && !value.short;
    });
    expect(missing).toEqual([]);
  });
});
