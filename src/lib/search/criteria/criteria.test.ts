import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../../tests/support/site-fixtures';
import { compileGroups } from '../engine/filter-groups';
import { missDistance } from '../engine/miss-distance';
import { buildSiteIndex } from '../engine/site-index';
import { decodeSearch, parseQueryString } from '../search-params';
import { PARAMS } from '../search-param-table';
import {
  CRITERIA,
  CRITERION_NAMES,
  CRITERION_OF_PARAM,
  FACETS,
  UNKNOWN_NAMES,
  criterionDef,
} from './criteria';
import { siteValueText } from './site-value';

describe('the criteria table', () => {
  it('gives every URL parameter to exactly one criterion', () => {
    const owned = CRITERION_NAMES.flatMap((name) => Object.keys(CRITERIA[name].params));
    expect(new Set(owned).size).toBe(owned.length);
    expect(Object.keys(PARAMS).filter((p) => !CRITERION_OF_PARAM.has(p))).toEqual([
      'unknown',
      'want',
      'sort',
    ]);
  });

  it("reads a criterion's bounds and values only from its own parameters", () => {
    for (const name of CRITERION_NAMES) {
      const { group, params } = criterionDef(name);
      const own = (p: string | undefined) => p === undefined || Object.hasOwn(params, p);
      if (group.type === 'range') expect(own(group.min) && own(group.max), name).toBe(true);
      if (group.type === 'range') expect(group.min ?? group.max, name).toBeDefined();
      if (group.type === 'dateRange') expect(own(group.by) && own(group.after), name).toBe(true);
      if (group.type === 'category' || group.type === 'flag') expect(own(group.param), name).toBe(true);
    }
  });

  it('derives the facet and "unknown" lists from the entries', () => {
    expect(FACETS).toEqual([
      'kind',
      'state',
      'district',
      'municipality',
      'autobahn',
      'zoning',
      'plan',
      'dev',
      'sector',
      'offer',
    ]);
    expect(UNKNOWN_NAMES).toContain('price');
    expect(UNKNOWN_NAMES).not.toContain('zoning');
  });
});

const plots = validateSites('plots', 'plot', [
  plotFeature({
    id: 'near',
    area_m2: 92_000,
    junction_km: 4.2,
    junction_autobahn: 'A9',
    junction_name: 'Leipzig-West',
  }),
  plotFeature({
    id: 'none',
    area_m2: 120_000,
    junction_km: null,
    junction_autobahn: null,
    junction_name: null,
    rail_siding: false,
  }),
]).sites;
const halls = validateSites('halls', 'hall', [hallFeature({ id: 'h', area_m2: 95_000 })]).sites;
const sites = [...plots, ...halls];

describe("a site's own value as text", () => {
  const ctx = (language: 'de' | 'en') => {
    const i18n = createI18n(language);
    return { t: i18n.t.bind(i18n), f: formatters(language) };
  };

  it('reads in the page language, with the junction named before its distance', () => {
    expect(siteValueText('junction', plots[0]!, ctx('de'))).toEqual({
      label: 'Autobahn-Anschlussstelle',
      text: 'A9 Leipzig-West, 4,2\u00a0km',
    });
    expect(siteValueText('junction', plots[0]!, ctx('en'))?.text).toBe('A9 Leipzig-West, 4.2\u00a0km');
    expect(siteValueText('rail', plots[0]!, ctx('de'))).toEqual({ label: 'Gleisanschluss', text: 'ja' });
    expect(siteValueText('rail', plots[1]!, ctx('en'))?.text).toBe('no');
    expect(siteValueText('area', plots[0]!, ctx('de'))?.text).toBe('9,2\u00a0ha');
    expect(siteValueText('plan', plots[0]!, ctx('de'))?.text).toBe('Bebauungsplan rechtskräftig');
  });

  it('reads an availability date that has passed as "sofort" (with the app’s today)', () => {
    expect(siteValueText('avail', plots[0]!, { ...ctx('de'), today: '2026-11-27' })?.text).toBe('sofort');
    expect(siteValueText('avail', plots[0]!, { ...ctx('en'), today: '2026-01-01' })?.text).toBe(
      'immediately',
    );
    expect(siteValueText('avail', plots[0]!, { ...ctx('de'), today: '2025-12-31' })?.text).toBe('01.01.2026');
    expect(siteValueText('avail', plots[0]!, ctx('de'))?.text).toBe('01.01.2026');
  });

  it('is null where a site has no value or the criterion none of a site', () => {
    expect(siteValueText('junction', plots[1]!, ctx('de'))).toBeNull();
    expect(siteValueText('zoning', halls[0]!, ctx('de'))).toBeNull();
    expect(siteValueText('bbox', plots[0]!, ctx('de'))).toBeNull();
  });
});

describe('the distance of a near miss', () => {
  const index = buildSiteIndex(sites);
  const groupsOf = (query: string) =>
    compileGroups(index, decodeSearch(parseQueryString(query)).params, { today: 20_000 });

  it('is the relative shortfall for a bound, 0 when passing, 1 for an unknown value', () => {
    const [area] = groupsOf('area_min=100000');
    expect(missDistance(area!, 0, index.isHall)).toBeCloseTo(0.08);
    expect(missDistance(area!, 1, index.isHall)).toBe(0);
    const [junction] = groupsOf('junction_km_max=2');
    expect(missDistance(junction!, 0, index.isHall)).toBeCloseTo(1.1);
    expect(missDistance(junction!, 1, index.isHall)).toBe(1);
  });

  it('is 1 for a missing feature and Infinity for a site of the other kind', () => {
    const [rail] = groupsOf('rail=1');
    expect(missDistance(rail!, 1, index.isHall)).toBe(1);
    expect(missDistance(rail!, 2, index.isHall)).toBe(Infinity);
  });
});
