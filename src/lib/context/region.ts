import type { LocationRef } from '@/contract/context-schemas';
import { distanceKm } from '@/lib/geo/nearest-point';

/** What the region test needs of a site. */
export interface RegionSite {
  ags: string | null;
  park: string | null;
  lat: number;
  lon: number;
}

/** What the region test needs of a project (or any item with locations). */
export interface RegionItem {
  locations: readonly LocationRef[];
}

/** The 5-digit district key of a site (the first five digits of its AGS), or null. */
export const districtKeyOf = (ags: string | null): string | null => (ags ? ags.slice(0, 5) : null);

/** Whether one location covers the site: its municipality, district, park, or a point's radius. */
export function locationCovers(site: RegionSite, loc: LocationRef): boolean {
  switch (loc.type) {
    case 'ags':
      return site.ags === loc.ags;
    case 'district':
      return districtKeyOf(site.ags) === loc.district;
    case 'park':
      return site.park !== null && site.park === loc.park;
    case 'point':
      return loc.radius_km !== null && distanceKm(site, loc) <= loc.radius_km;
  }
}

/**
 * Whether a site lies in a project's region (centroid-based: the site's label point and keys). A
 * site is in the region when its municipality (8-digit AGS), its district (5-digit key) or its park
 * is listed, or its point lies within a listed point's `radius_km`. A project without locations
 * has no region: no site is in it.
 */
export function siteInProjectRegion(site: RegionSite, project: RegionItem): boolean {
  return project.locations.some((loc) => locationCovers(site, loc));
}
