import type { ContextItem } from './context-item';
import { EVENT_NEAR_KM, NEWS_NEAR_KM } from './link-rules';
import { districtKeyOf, type RegionSite } from './region';
import { relatedSites, type LinkSite, type SiteRelation } from './relate';

/**
 * Sites indexed by the keys the linking rules compare (park, municipality, district) and by a
 * coarse grid for the distance rules, so the reverse link (an item → its sites) looks at a few
 * candidates instead of every site. The result equals `relatedSites` over all sites.
 */
export interface SiteIndex<S> {
  all: readonly S[];
  byPark: Map<string, S[]>;
  byAgs: Map<string, S[]>;
  byDistrict: Map<string, S[]>;
  grid: Map<string, S[]>;
}

const CELL_DEG = 0.5;
const KM_PER_DEG = 111.2;
const cell = (lat: number, lon: number) => `${Math.floor(lat / CELL_DEG)}:${Math.floor(lon / CELL_DEG)}`;

const push = <S>(map: Map<string, S[]>, key: string | null, site: S) => {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(site);
  else map.set(key, [site]);
};

export function indexSites<S extends RegionSite>(sites: readonly S[]): SiteIndex<S> {
  const index: SiteIndex<S> = {
    all: sites,
    byPark: new Map(),
    byAgs: new Map(),
    byDistrict: new Map(),
    grid: new Map(),
  };
  for (const s of sites) {
    push(index.byPark, s.park, s);
    push(index.byAgs, s.ags, s);
    push(index.byDistrict, districtKeyOf(s.ags), s);
    push(index.grid, cell(s.lat, s.lon), s);
  }
  return index;
}

/** The sites within the grid cells that cover `km` around a point. */
function near<S>(index: SiteIndex<S>, lat: number, lon: number, km: number, out: Set<S>) {
  const dLat = km / KM_PER_DEG;
  const dLon = km / (KM_PER_DEG * Math.max(0.1, Math.cos(((Math.abs(lat) + dLat) * Math.PI) / 180)));
  for (let y = Math.floor((lat - dLat) / CELL_DEG); y <= Math.floor((lat + dLat) / CELL_DEG); y++) {
    for (let x = Math.floor((lon - dLon) / CELL_DEG); x <= Math.floor((lon + dLon) / CELL_DEG); x++) {
      for (const s of index.grid.get(`${y}:${x}`) ?? []) out.add(s);
    }
  }
}

/** Every site the linking rules could relate to the item (a superset; `relate` decides). */
export function candidatesFor<S>(
  item: Pick<ContextItem, 'locations' | 'point'>,
  index: SiteIndex<S>,
): readonly S[] {
  if (item.locations.length === 0 && item.point === null) return index.all;
  const out = new Set<S>();
  const reach = Math.max(NEWS_NEAR_KM, EVENT_NEAR_KM);
  const add = (list: readonly S[] | undefined) => list?.forEach((s) => out.add(s));
  for (const loc of item.locations) {
    if (loc.type === 'park') add(index.byPark.get(loc.park));
    if (loc.type === 'ags') add(index.byDistrict.get(loc.ags.slice(0, 5)));
    if (loc.type === 'district') add(index.byDistrict.get(loc.district));
    if (loc.type === 'point') near(index, loc.lat, loc.lon, Math.max(reach, loc.radius_km ?? 0), out);
  }
  if (item.point) near(index, item.point.lat, item.point.lon, reach, out);
  return [...out];
}

/** `relatedSites` through the index: the same relations, without visiting every site. */
export function relatedSitesIndexed<S extends LinkSite & { name: string; key: string }>(
  item: Pick<ContextItem, 'id' | 'kind' | 'date' | 'title' | 'topics' | 'locations' | 'point'>,
  index: SiteIndex<S>,
  today: string,
): SiteRelation<S>[] {
  return relatedSites(item, candidatesFor(item, index), today);
}
