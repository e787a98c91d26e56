import crossfilter from 'crossfilter2';
import { distanceKmFast } from '@/lib/search/engine/geo-distance';
import type { Site } from '@/lib/sites/site';
import { HALLE, LEIPZIG } from './named-queries';

/** The same two queries written the straightforward way, for comparison only. */

const byAreaDesc = (a: Site, b: Site) => b.area_m2 - a.area_m2 || (a.key < b.key ? -1 : 1);

export function arrayFilterPlots(sites: readonly Site[]): Site[] {
  return sites
    .filter(
      (s) =>
        s.kind === 'plot' &&
        s.status !== 'withdrawn' &&
        (s.state === 'SN' || s.state === 'ST') &&
        s.area_m2 >= 20000 &&
        (s.zoning === 'GI' || s.zoning === 'GE') &&
        s.junction_km !== null &&
        s.junction_km <= 15 &&
        (s.price_eur_m2 === null || s.price_eur_m2 <= 60) &&
        distanceKmFast(LEIPZIG[0], LEIPZIG[1], s.lon, s.lat) <= 50,
    )
    .sort(byAreaDesc);
}

export function arrayFilterHalls(sites: readonly Site[]): Site[] {
  return sites
    .filter(
      (s) =>
        s.kind === 'hall' &&
        s.status !== 'withdrawn' &&
        s.clear_height_m !== null &&
        s.clear_height_m >= 10 &&
        s.loading_docks !== null &&
        s.loading_docks >= 4 &&
        s.rent_eur_m2_month !== null &&
        s.rent_eur_m2_month <= 6 &&
        distanceKmFast(HALLE[0], HALLE[1], s.lon, s.lat) <= 40,
    )
    .sort(byAreaDesc);
}

/** crossfilter2 with one dimension per filtered field, built once like our index. */
export function crossfilterIndex(sites: readonly Site[]) {
  const cf = crossfilter(sites as Site[]);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? -1 : v);
  const dims = {
    kind: cf.dimension((s) => s.kind),
    status: cf.dimension((s) => s.status),
    state: cf.dimension((s) => s.state),
    area: cf.dimension((s) => s.area_m2),
    zoning: cf.dimension((s) => (s.kind === 'plot' ? s.zoning : '')),
    junction: cf.dimension((s) => num(s.junction_km)),
    price: cf.dimension((s) => num(s.price_eur_m2)),
    height: cf.dimension((s) => (s.kind === 'hall' ? num(s.clear_height_m) : -1)),
    docks: cf.dimension((s) => (s.kind === 'hall' ? num(s.loading_docks) : -1)),
    rent: cf.dimension((s) => (s.kind === 'hall' ? num(s.rent_eur_m2_month) : -1)),
    position: cf.dimension((s) => `${s.lon},${s.lat}`),
  };
  const clear = () => Object.values(dims).forEach((d) => d.filterAll());
  const near = (c: [number, number], km: number) => (v: string | number | boolean | Date) => {
    const [lon, lat] = String(v).split(',').map(Number) as [number, number];
    return distanceKmFast(c[0], c[1], lon, lat) <= km;
  };
  return {
    plots(): Site[] {
      clear();
      dims.kind.filterExact('plot');
      dims.status.filterFunction((v) => v !== 'withdrawn');
      dims.state.filterFunction((v) => v === 'SN' || v === 'ST');
      dims.zoning.filterFunction((v) => v === 'GI' || v === 'GE');
      dims.junction.filterRange([0, 15.000001]);
      dims.price.filterFunction((v) => (v as number) <= 60);
      dims.position.filterFunction(near(LEIPZIG, 50));
      dims.area.filterRange([20000, Infinity]);
      return dims.area.top(Infinity);
    },
    halls(): Site[] {
      clear();
      dims.kind.filterExact('hall');
      dims.status.filterFunction((v) => v !== 'withdrawn');
      dims.height.filterRange([10, Infinity]);
      dims.docks.filterRange([4, Infinity]);
      dims.rent.filterRange([0, 6.000001]);
      dims.position.filterFunction(near(HALLE, 40));
      return dims.area.top(Infinity);
    },
  };
}
