import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { hallFeature, plotFeature } from '../../../../tests/support/site-fixtures';
import { decodeSearch, parseQueryString } from '../search-params';
import { dayNumber, buildSiteIndex } from './site-index';
import { runQuery } from './run-query';
import { siteFit } from './fit';

/** Hand-made sites: every value a test relies on is visible here. */
const plots = validateSites('plots', 'plot', [
  plotFeature({
    id: 'p1',
    name: 'Weißenfels Süd',
    name_en: 'Weißenfels south plot',
    municipality: 'Weißenfels',
    district: 'Burgenlandkreis',
    ags: '15084590',
    state: 'ST',
    area_m2: 20000,
    total_area_m2: 30000,
    zoning: 'GI',
    price_eur_m2: 40,
    junction_km: 3,
    junction_autobahn: 'A9',
    lon: 11.97,
    lat: 51.2,
    sector_tags: ['logistics'],
    available_from: '2026-01-01',
  }),
  plotFeature({
    id: 'p2',
    name: 'Halle Ost',
    municipality: 'Halle (Saale)',
    district: 'Halle (Saale)',
    ags: '15002000',
    state: 'ST',
    area_m2: 150000,
    total_area_m2: 160000,
    largest_contiguous_m2: 120000,
    zoning: 'GE',
    price_eur_m2: null,
    price_on_request: true,
    junction_km: 20,
    junction_autobahn: 'A14',
    lon: 12.02,
    lat: 51.49,
    sector_tags: ['chemicals', 'hydrogen'],
    available_from: '2027-06-01',
    rail_siding: false,
  }),
  plotFeature({
    id: 'p3',
    name: 'Köthen West',
    municipality: 'Köthen (Anhalt)',
    district: 'Anhalt-Bitterfeld',
    ags: '15082180',
    state: 'ST',
    area_m2: 50000,
    total_area_m2: 60000,
    largest_contiguous_m2: 50000,
    zoning: 'GI',
    price_eur_m2: 25,
    junction_km: 12,
    junction_autobahn: 'A14',
    lon: 11.95,
    lat: 51.75,
    available_from: null,
  }),
  plotFeature({
    id: 'p4',
    name: 'Leipzig Nord',
    area_m2: 20000,
    total_area_m2: 25000,
    largest_contiguous_m2: 20000,
    zoning: 'GI',
    price_eur_m2: 80,
    lon: 12.37,
    lat: 51.4,
    status: 'withdrawn',
  }),
]).sites;
const halls = validateSites('halls', 'hall', [
  hallFeature({
    id: 'h1',
    name: 'Halle Logistik',
    park: 'Gewerbegebiet Halle-Ost',
    park_en: 'Halle-Ost business park',
    area_m2: 8000,
    clear_height_m: 12,
    loading_docks: 6,
    rent_eur_m2_month: 5.5,
    lon: 12.0,
    lat: 51.5,
    crane_t: null,
    heated: true,
  }),
  hallFeature({
    id: 'h2',
    name: 'Dresden Kranhalle',
    park: null,
    state: 'SN',
    district: 'Dresden',
    municipality: 'Dresden',
    ags: '14612000',
    area_m2: 3000,
    clear_height_m: null,
    loading_docks: 1,
    rent_eur_m2_month: 7,
    crane_t: 20,
    lon: 13.74,
    lat: 51.05,
  }),
]).sites;
const index = buildSiteIndex([...plots, ...halls]);
const TODAY = dayNumber('2026-11-27');
const LEIPZIG: [number, number] = [12.37129, 51.33962];

const search = (qs: string, ctx: Partial<Parameters<typeof runQuery>[2]> = {}) => {
  const { params } = decodeSearch(parseQueryString(qs));
  const r = runQuery(index, params, { today: TODAY, ...ctx });
  return { ...r, keys: Array.from(r.ids, (i) => index.sites[i]!.featureId) };
};

describe('filter engine', () => {
  it('lists every listed site, largest first, never a withdrawn one', () => {
    expect(search('').keys).toEqual(['p2', 'p3', 'p1', 'h1', 'h2']);
  });

  it('applies plot-only filters to plots only', () => {
    expect(search('zoning=GI').keys).toEqual(['p3', 'p1']);
    expect(search('contig_min=100000').keys).toEqual(['p2']);
    expect(search('rail=1').keys).toEqual(['p3', 'p1']);
  });

  it('applies hall-only filters to halls only', () => {
    expect(search('height_min=10').keys).toEqual(['h1']);
    expect(search('docks_min=2').keys).toEqual(['h1']);
    expect(search('crane=1').keys).toEqual(['h2']);
    expect(search('heated=1&rent_max=6').keys).toEqual(['h1']);
  });

  it('keeps sites without a value only when asked', () => {
    expect(search('price_max=50').keys).toEqual(['p3', 'p1']);
    expect(search('price_max=50&unknown=price').keys).toEqual(['p2', 'p3', 'p1']);
    expect(search('height_min=5&unknown=height').keys).toEqual(['h1', 'h2']);
  });

  it('filters by availability relative to the clock', () => {
    expect(search('avail=now').keys).toEqual(['p1', 'h1', 'h2']);
    expect(search('avail=2027-12-31').keys).toEqual(['p2', 'p1', 'h1', 'h2']);
    expect(search('avail=now&unknown=avail').keys).toEqual(['p3', 'p1', 'h1', 'h2']);
  });

  it('filters by "available later than" (avail_after, exclusive), alone or with avail', () => {
    expect(search('avail_after=2026-11-27').keys).toEqual(['p2']);
    expect(search('avail_after=2027-05-31').keys).toEqual(['p2']);
    expect(search('avail_after=2027-06-01').keys).toEqual([]);
    expect(search('avail_after=2026-11-27&avail=2027-06-01').keys).toEqual(['p2']);
    expect(search('avail_after=2026-11-27&avail=2027-05-31').keys).toEqual([]);
    expect(search('avail_after=2026-11-27&unknown=avail').keys).toEqual(['p2', 'p3']);
  });

  it('reads an availability duration (P6M, P12M) relative to the clock, so it moves with today', () => {
    expect(search('avail=P12M').keys).toEqual(['p2', 'p1', 'h1', 'h2']);
    expect(search('avail=P6M').keys).toEqual(['p1', 'h1', 'h2']);
    expect(search('avail=P6M', { today: dayNumber('2027-01-10') }).keys).toEqual(['p2', 'p1', 'h1', 'h2']);
    expect(search('avail_after=P6M').keys).toEqual(['p2']);
    expect(search('avail_after=P1Y').keys).toEqual([]);
    expect(decodeSearch(parseQueryString('avail=p12m&avail_after=P1H')).params).toEqual({ avail: 'P12M' });
  });

  it('filters by the population within 30 km, keeping unknown ones only on request', () => {
    expect(search('pop30_min=1').keys).toEqual([]);
    expect(search('pop30_min=1&unknown=pop30').keys).toEqual(['p2', 'p3', 'p1', 'h1', 'h2']);
  });

  it('filters by distance to a junction and by motorway', () => {
    expect(search('junction_km_max=15').keys).toEqual(['p3', 'p1', 'h1', 'h2']);
    expect(search('autobahn=A9').keys).toEqual(['p1']);
  });

  it('finds text regardless of case, umlauts and ß', () => {
    expect(search('q=weissenfels').keys).toEqual(['p1']);
    expect(search('q=KOETHEN').keys).toEqual(['p3']);
    expect(search('q=Köthen west').keys).toEqual(['p3']);
    // Words match from their start: "halle" finds "Halle (Saale)", not "Kranhalle".
    expect(search('q=halle').keys).toEqual(['p2', 'h1']);
    expect(search('q=saale').keys).toEqual(['p2', 'h1']);
  });

  it('finds English names too', () => {
    expect(search('q=south plot').keys).toEqual(['p1']);
    expect(search('q=weissenfels sud').keys).toEqual(['p1']);
    // A hall's name does not hold its park's: the park's English label is searched too.
    expect(search('q=business park').keys).toEqual(['h1']);
  });

  it('filters by district and municipality keys', () => {
    expect(search('district=15084').keys).toEqual(['p1']);
    expect(search('municipality=15002000').keys).toEqual(['p2', 'h1']);
  });

  it('keeps sites within a radius of a place, measured from the centroid', () => {
    // By @turf/distance from Leipzig: p2 29.55 km, h1 31.32 km, p1 31.94 km, p3 54.14 km.
    expect(search('near=leipzig&radius_km=29.5', { nearPoint: LEIPZIG }).keys).toEqual([]);
    expect(search('near=leipzig&radius_km=29.6', { nearPoint: LEIPZIG }).keys).toEqual(['p2']);
    expect(search('near=leipzig&radius_km=31.4', { nearPoint: LEIPZIG }).keys).toEqual(['p2', 'h1']);
    expect(search('near=leipzig&radius_km=32', { nearPoint: LEIPZIG }).keys).toEqual(['p2', 'p1', 'h1']);
  });

  it('sorts by distance, nearest first, when a place is chosen', () => {
    expect(search('near=leipzig&radius_km=200&sort=distance', { nearPoint: LEIPZIG }).keys).toEqual([
      'p2',
      'h1',
      'p1',
      'p3',
      'h2',
    ]);
  });

  it('keeps sites inside a box and inside a drawn polygon', () => {
    expect(search('bbox=11.9,51.4,12.1,51.6').keys).toEqual(['p2', 'h1']);
    // A triangle around Halle that leaves out the hall at (12.0, 51.5).
    expect(search('poly=12.01,51.45;12.10,51.45;12.01,51.52').keys).toEqual(['p2']);
  });

  it('counts each facet option under the other active filters', () => {
    const r = search('zoning=GI&state=ST');
    expect(r.keys).toEqual(['p3', 'p1']);
    // zoning counts ignore the zoning filter itself, but respect the state filter.
    expect(Object.fromEntries(r.facets.zoning)).toEqual({ GI: 2, GE: 1 });
    // state counts ignore the state filter: GI plots in SN would be 0 (the Leipzig one is withdrawn).
    expect(r.facets.state.get('ST')).toBe(2);
    expect(r.facets.state.get('SN') ?? 0).toBe(0);
    expect(Object.fromEntries(r.facets.kind)).toEqual({ plots: 2, halls: 0 });
  });

  it('counts sectors and kinds', () => {
    const r = search('kind=plots');
    expect(r.facets.kind.get('halls')).toBe(2);
    expect(r.facets.sector.get('hydrogen')).toBe(1);
    expect(r.plots).toBe(3);
    expect(r.halls).toBe(0);
  });

  it('sorts by name, and by price: plots by €/m², then halls by rent, unknown last within each', () => {
    expect(search('sort=name').keys).toEqual(['h2', 'h1', 'p2', 'p3', 'p1']);
    expect(search('sort=price').keys).toEqual(['p3', 'p1', 'p2', 'h1', 'h2']);
    expect(search('sort=-price').keys).toEqual(['p1', 'p3', 'p2', 'h2', 'h1']);
  });

  it('breaks ties by site key, so the order is stable', () => {
    // Three plots equal in every sort value, listed against the order of their keys: only the
    // tie-break puts them in key order (a stable sort would keep the listed order).
    const tied = validateSites(
      'plots',
      'plot',
      ['t3', 't2', 't1'].map((id) => plotFeature({ id, area_m2: 20000, price_eur_m2: 40 })),
    ).sites;
    const tiedIndex = buildSiteIndex(tied);
    const order = (qs: string) => {
      const { params } = decodeSearch(parseQueryString(qs));
      const r = runQuery(tiedIndex, params, { today: TODAY, nearPoint: LEIPZIG });
      return Array.from(r.ids, (i) => tiedIndex.sites[i]!.featureId);
    };
    for (const sort of ['-area', 'area', 'price', '-price', 'name', '-name', 'as_of', '-as_of'])
      expect(order(`sort=${sort}`), sort).toEqual(['t1', 't2', 't3']);
    expect(order('near=leipzig&radius_km=200&sort=distance'), 'distance').toEqual(['t1', 't2', 't3']);
  });
});

describe('wishes (want=): rank instead of exclude', () => {
  const fitOf = (qs: string, id: string) => {
    const r = search(qs);
    const i = index.sites.findIndex((s) => s.featureId === id);
    return siteFit(r.fit!, i);
  };

  it('keeps the sites a wish would exclude and puts those meeting it first', () => {
    expect(search('price_max=30').keys).toEqual(['p3']);
    const r = search('price_max=30&want=price');
    expect(new Set(r.keys)).toEqual(new Set(['p1', 'p2', 'p3', 'h1', 'h2']));
    expect(r.keys[0]).toBe('p3');
    // p1 misses 30 €/m² by a third, p2 has no price: the closer miss ranks first.
    expect(r.keys.indexOf('p1')).toBeLessThan(r.keys.indexOf('p2'));
  });

  it('counts only the wishes that apply to a site’s kind, and an unknown value as not met', () => {
    expect(fitOf('price_max=30&want=price', 'p3')).toEqual({ met: 1, total: 1, missed: [] });
    expect(fitOf('price_max=30&want=price', 'h1')).toEqual({ met: 0, total: 0, missed: [] });
    expect(fitOf('price_max=30&unknown=price&want=price', 'p2')).toEqual({
      met: 0,
      total: 1,
      missed: ['price'],
    });
  });

  it('a one-kind wish does not restrict the kind; musts still exclude', () => {
    expect(search('height_min=10&want=height').keys).toContain('p1');
    expect(search('height_min=10&want=height&zoning=GI').keys).toEqual(['p3', 'p1']);
  });

  it('sorts by fit unless another order is chosen, and says no fit without wishes', () => {
    expect(search('price_max=30&want=price&sort=-area').keys).toEqual(['p2', 'p3', 'p1', 'h1', 'h2']);
    expect(search('price_max=30').fit).toBeNull();
    expect(search('sort=fit').keys).toEqual(search('').keys);
  });
});

describe('near misses', () => {
  it('lists the sites failing exactly one criterion, closest first, with the criterion', () => {
    const r = search('area_min=25000&zoning=GI');
    expect(r.keys).toEqual(['p3']);
    const misses = r.nearMisses.list.map((m) => [index.sites[m.site]!.featureId, m.criterion]);
    // p1: 20,000 m² of 25,000 (GI); p2: GE instead of GI (150,000 m²). Halls fail both.
    expect(misses).toEqual([
      ['p1', 'area'],
      ['p2', 'zoning'],
    ]);
    expect(r.nearMisses.list[0]!.distance).toBeCloseTo(0.2);
  });

  it('never counts the kind, free text or a one-kind criterion for the other kind as a miss', () => {
    expect(search('kind=plots').nearMisses.total).toBe(0);
    expect(search('q=Dresden').nearMisses.total).toBe(0);
    // Plots are not "almost" halls of 13 m: h1 (12 m) is, and h2 (height unknown) counts as a miss of 1.
    expect(search('height_min=13').nearMisses.list.map((m) => index.sites[m.site]!.featureId)).toEqual([
      'h1',
      'h2',
    ]);
  });

  it('never counts a site of another state, district or municipality as almost there', () => {
    // p1 (Burgenlandkreis) has 20,000 m² of 25,000: almost. Halle Ost and Köthen West have the
    // size in other districts: nothing to loosen by a hair, and 200 such sites would bury p1.
    const r = search('district=15084&area_min=25000');
    expect(r.nearMisses.list.map((m) => [index.sites[m.site]!.featureId, m.criterion])).toEqual([
      ['p1', 'area'],
    ]);
    expect(search('state=SN').nearMisses.total).toBe(0);
    expect(search('municipality=15002000').nearMisses.total).toBe(0);
  });

  it('finds sites just outside the radius', () => {
    // Halle Ost (p2) lies about 30 km from Leipzig, Halle Logistik (h1) and Weißenfels (p1) about
    // 31–32 km: all within 1.5 × 22 km; Köthen (p3, 54 km) and Dresden are not "almost".
    const r = search('near=leipzig&radius_km=22', { nearPoint: LEIPZIG });
    expect(r.keys).toEqual([]);
    const misses = r.nearMisses.list.map((m) => [index.sites[m.site]!.featureId, m.criterion]);
    expect(misses).toEqual([
      ['p2', 'near'],
      ['h1', 'near'],
      ['p1', 'near'],
    ]);
  });
});
