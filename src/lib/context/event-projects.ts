import type { LocationRef } from '@/contract/context-schemas';
import type { ContextItem } from './context-item';
import { locationCovers, type RegionSite } from './region';

type Placed = Pick<ContextItem, 'locations' | 'point'>;

/** The places an event names, as probes for the region test (a park, a municipality, its point). */
function probes(event: Placed): RegionSite[] {
  const none = { ags: null, park: null, lat: Number.NaN, lon: Number.NaN };
  const out = event.locations.flatMap((l: LocationRef): RegionSite[] => {
    if (l.type === 'ags') return [{ ...none, ags: l.ags }];
    if (l.type === 'park') return [{ ...none, park: l.park }];
    if (l.type === 'point') return [{ ...none, lat: l.lat, lon: l.lon }];
    return [];
  });
  return event.point ? [...out, { ...none, ...event.point }] : out;
}

/**
 * The projects an event concerns: those whose region holds a park, municipality or point the
 * event names, or that name the same district. Region-less projects concern no event by place.
 */
export function projectsOfEvent<P extends Placed>(event: Placed, projects: readonly P[]): P[] {
  const places = probes(event);
  const districts = new Set(event.locations.flatMap((l) => (l.type === 'district' ? [l.district] : [])));
  return projects.filter((p) =>
    p.locations.some(
      (loc) =>
        places.some((site) => locationCovers(site, loc)) ||
        (loc.type === 'district' && districts.has(loc.district)),
    ),
  );
}
