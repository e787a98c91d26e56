import { issue, where, type CheckedFeature, type Issue } from './issue';

type Location =
  | { type: 'ags'; ags: string }
  | { type: 'district'; district: string }
  | { type: 'park'; park: string }
  | { type: 'point'; lat: number; lon: number; radius_km?: number | null };

interface ContextProps {
  date: string;
  end_date?: string | null;
  locations: readonly Location[];
}

export interface KnownPlaces {
  /** 8-digit municipality keys (gazetteer and site data). */
  ags: ReadonlySet<string>;
  /** 5-digit district keys (data/districts.json). */
  districts: ReadonlySet<string>;
}

/** Every municipality and district key a news item, project or event names is known. */
export function checkLocationsResolve(
  items: readonly CheckedFeature<ContextProps>[],
  known: KnownPlaces,
): Issue[] {
  const issues: Issue[] = [];
  for (const f of items) {
    for (const loc of f.properties.locations) {
      if (loc.type === 'ags' && !known.ags.has(loc.ags)) {
        issues.push(issue('location-resolves', where(f), `unknown municipality key ${loc.ags}`));
      }
      if (loc.type === 'district' && !known.districts.has(loc.district)) {
        issues.push(issue('location-resolves', where(f), `unknown district key ${loc.district}`));
      }
    }
  }
  return issues;
}

/** An end date, where given, is not before the start date. */
export function checkDateOrder(items: readonly CheckedFeature<ContextProps>[]): Issue[] {
  return items
    .filter((f) => f.properties.end_date != null && f.properties.end_date < f.properties.date)
    .map((f) =>
      issue('date-order', where(f), `end_date ${f.properties.end_date} is before date ${f.properties.date}`),
    );
}

/** Dates lie in the range the content covers (news 2016 onwards; nothing after 2040). */
export function checkDateRange(
  items: readonly CheckedFeature<ContextProps>[],
  from: string,
  to: string,
): Issue[] {
  return items
    .filter((f) => f.properties.date < from || f.properties.date > to)
    .map((f) => issue('date-range', where(f), `date ${f.properties.date} outside ${from} … ${to}`));
}

interface ProfileProps {
  pop_30km: number | null;
  pop_60km: number | null;
  district_population: number | null;
}

/** Site profiles are consistent: the 60 km catchment contains the 30 km one. */
export function checkProfiles(sites: readonly CheckedFeature<ProfileProps>[]): Issue[] {
  return sites
    .filter((f) => f.properties.pop_30km !== null && f.properties.pop_60km !== null)
    .filter((f) => f.properties.pop_30km! > f.properties.pop_60km!)
    .map((f) =>
      issue(
        'profile',
        where(f),
        `pop_30km ${f.properties.pop_30km} is more than pop_60km ${f.properties.pop_60km}`,
      ),
    );
}
