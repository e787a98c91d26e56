import { fmt, issue, type CheckedFeature, type Issue } from './issue';

/** Feature ids are unique within a collection. */
export function checkUniqueIds(collection: string, ids: readonly string[]): Issue[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const issues: Issue[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      issues.push(issue('unique-id', `${collection}/${id}`, `id "${id}" occurs more than once`));
    }
    seen.add(id);
  }
  return issues;
}

interface ParkProps {
  park: string | null;
  total_area_m2: number | null;
  park_area_m2: number | null;
}

/** The plots of a park together stay within the park's stated size, and all agree on that size. */
export function checkParkSums(plots: readonly CheckedFeature<ParkProps>[]): Issue[] {
  const groups = new Map<string, CheckedFeature<ParkProps>[]>();
  for (const f of plots) {
    if (f.properties.park === null) continue;
    groups.set(f.properties.park, [...(groups.get(f.properties.park) ?? []), f]);
  }
  const issues: Issue[] = [];
  for (const [park, members] of groups) {
    const sizes = new Set(members.map((f) => f.properties.park_area_m2));
    if (sizes.size > 1) {
      issues.push(
        issue('park-sum', `park "${park}"`, `plots disagree on park_area_m2: ${[...sizes].join(', ')}`),
      );
      continue;
    }
    const parkArea = members[0]?.properties.park_area_m2 ?? null;
    if (parkArea === null) continue;
    const sum = members.reduce((s, f) => s + (f.properties.total_area_m2 ?? 0), 0);
    if (sum > parkArea) {
      issues.push(
        issue(
          'park-sum',
          `park "${park}"`,
          `${members.length} plots total ${fmt(sum)} m², more than park_area_m2 ${fmt(parkArea)} m²`,
        ),
      );
    }
  }
  return issues;
}

interface LocatedProps {
  locations: readonly ({ type: 'park'; park: string } | { type: string })[];
}

/** Park references in news and projects name a park that exists in the site data. */
export function checkParkReferences(
  items: readonly CheckedFeature<LocatedProps>[],
  knownParks: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  for (const f of items) {
    for (const loc of f.properties.locations) {
      if (loc.type === 'park' && 'park' in loc && !knownParks.has(loc.park)) {
        issues.push(issue('park-reference', `${f.collection}/${f.id}`, `unknown park "${loc.park}"`));
      }
    }
  }
  return issues;
}
