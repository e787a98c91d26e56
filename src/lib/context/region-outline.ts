import convex from '@turf/convex';
import { featureCollection, point } from '@turf/helpers';
import type { Polygon } from 'geojson';
import { districtKeyOf, type RegionItem } from './region';

/** A place with an official key (the gazetteer's municipalities). */
export interface KeyedPlace {
  ags: string | null;
  lat: number;
  lon: number;
}

/** A site as the outline needs it. */
export interface ParkSite {
  park: string | null;
  lat: number;
  lon: number;
}

/**
 * No open district or municipality shapes are available offline, so a project's region is
 * drawn from its member places: the gazetteer's places of its municipalities and districts,
 * the sites of its parks, and its own points. Their convex hull is the approximate outline
 * (or the points alone when fewer than three).
 */
export function regionMemberPoints(
  project: RegionItem,
  places: readonly KeyedPlace[],
  sites: readonly ParkSite[],
): [number, number][] {
  const out = new Map<string, [number, number]>();
  const add = (lon: number, lat: number) => out.set(`${lon.toFixed(5)},${lat.toFixed(5)}`, [lon, lat]);
  const addPlaces = (keep: (p: KeyedPlace) => boolean) => {
    for (const p of places) if (keep(p)) add(p.lon, p.lat);
  };
  for (const loc of project.locations) {
    switch (loc.type) {
      case 'point':
        add(loc.lon, loc.lat);
        break;
      case 'ags':
        addPlaces((p) => p.ags === loc.ags);
        break;
      case 'district':
        addPlaces((p) => districtKeyOf(p.ags) === loc.district);
        break;
      case 'park':
        for (const s of sites) if (s.park === loc.park) add(s.lon, s.lat);
    }
  }
  return [...out.values()];
}

export function regionOutline(points: readonly [number, number][]): Polygon | null {
  if (points.length < 3) return null;
  return convex(featureCollection(points.map((p) => point(p))))?.geometry ?? null;
}
