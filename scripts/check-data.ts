/**
 * Checks the sample data in data/: every feature against the contract's zod schemas, then the
 * consistency rules in scripts/data-checks/. Prints a report; exits with 1 on any issue.
 *
 *   npm run data:check            (also the first step of npm test)
 *   npm run data:check -- --dir <folder with plots.json, halls.json, …>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  eventFeatureSchema,
  hallFeatureSchema,
  newsFeatureSchema,
  plotFeatureSchema,
  projectFeatureSchema,
} from '../src/contract/feature-schemas';
import { checkAreaOrder, checkPolygonAreas } from './data-checks/area-rules';
import { checkParkReferences, checkParkSums, checkUniqueIds } from './data-checks/collection-rules';
import {
  checkDateOrder,
  checkDateRange,
  checkLocationsResolve,
  checkProfiles,
} from './data-checks/context-rules';
import { airportSchema, checkDistances, junctionSchema } from './data-checks/distance-rules';
import type { Issue } from './data-checks/issue';
import { checkInRegion, checkLatLonNearGeometry } from './data-checks/position-rules';
import { checkGridPower } from './data-checks/power-rules';
import { formatReport, type RuleResult } from './data-checks/report';
import { checkPlaceholders, CONTEXT_TEXT_FIELDS, SITE_TEXT_FIELDS } from './data-checks/text-rules';
import { validateArray, validateCollection } from './data-checks/schema-rules';
import { checkEventTimes, checkListedSince } from './data-checks/time-rules';

const KNOWN = [
  'plots.json',
  'halls.json',
  'news.json',
  'projects.json',
  'events.json',
  'junctions.json',
  'airports.json',
  'places.json',
  'districts.json',
];

const keysOf = (value: unknown, field: string): Set<string> =>
  new Set(
    (Array.isArray(value) ? value : []).map((r) => String((r as Record<string, unknown>)[field] ?? '')),
  );

function argDir(): string {
  const i = process.argv.indexOf('--dir');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  return given ?? fileURLToPath(new URL('../data/', import.meta.url));
}

function main(): number {
  const dir = argDir();
  const missing: Issue[] = [];
  const load = (name: string, optional = false): unknown => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (optional) return null;
      missing.push({ rule: 'files', where: name, message: 'file is missing' });
      return null;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (e) {
      missing.push({ rule: 'files', where: name, message: `not valid JSON: ${(e as Error).message}` });
      return null;
    }
  };

  const plots = validateCollection('plots', load('plots.json'), plotFeatureSchema);
  const halls = validateCollection('halls', load('halls.json'), hallFeatureSchema);
  const news = validateCollection('news', load('news.json'), newsFeatureSchema);
  const projects = validateCollection('projects', load('projects.json'), projectFeatureSchema);
  const events = validateCollection('events', load('events.json'), eventFeatureSchema);
  const placeKeys = keysOf(load('places.json', true), 'ags');
  const districtKeys = keysOf(load('districts.json', true), 'key');
  const junctions = validateArray('junctions.json', load('junctions.json'), junctionSchema);
  const airports = validateArray('airports.json', load('airports.json'), airportSchema);

  const sites = [...plots.features, ...halls.features];
  const context = [...news.features, ...projects.features, ...events.features];
  for (const f of sites) if (f.properties.ags) placeKeys.add(f.properties.ags);
  const parks = new Set(sites.map((f) => f.properties.park).filter((p): p is string => p !== null));
  const results: RuleResult[] = [
    { rule: 'files', description: 'expected files exist and parse as JSON', issues: missing },
    {
      rule: 'schema',
      description: 'features match the contract schemas',
      issues: [plots, halls, news, projects, events, junctions, airports].flatMap((r) => r.issues),
    },
    {
      rule: 'unique-id',
      description: 'ids unique per collection',
      issues: [
        ...[plots, halls, news, projects, events].flatMap((r) =>
          checkUniqueIds(
            r.features[0]?.collection ?? '?',
            r.features.map((f) => f.id),
          ),
        ),
        ...checkUniqueIds(
          'junctions',
          junctions.items.map((j) => j.id),
        ),
        ...checkUniqueIds(
          'airports',
          airports.items.map((a) => a.id),
        ),
      ],
    },
    {
      rule: 'polygon-area',
      description: 'plot polygon area within 2 % of total_area_m2',
      issues: checkPolygonAreas(plots.features),
    },
    {
      rule: 'area-order',
      description: 'available ≤ total, largest ≤ available, divisible ≤ largest',
      issues: checkAreaOrder(sites),
    },
    {
      rule: 'in-region',
      description: 'positions inside the SN/ST/TH bounding box',
      issues: checkInRegion([...sites, ...context]),
    },
    {
      rule: 'latlon-centroid',
      description: 'lat/lon within 1 km of the geometry centroid',
      issues: checkLatLonNearGeometry(sites),
    },
    {
      rule: 'park-sum',
      description: 'plots of a park within park_area_m2',
      issues: checkParkSums(plots.features),
    },
    {
      rule: 'distances',
      description: 'junction/airport distances match recomputation (±0.1 km)',
      issues: checkDistances(sites, junctions.items, airports.items),
    },
    {
      rule: 'park-reference',
      description: 'news/project/event park references exist',
      issues: checkParkReferences(context, parks),
    },
    {
      rule: 'location-resolves',
      description: 'municipality (AGS) and district keys of news/projects/events are known',
      issues: checkLocationsResolve(context, { ags: placeKeys, districts: districtKeys }),
    },
    {
      rule: 'date-order',
      description: 'project/event end_date not before date',
      issues: checkDateOrder(context),
    },
    {
      rule: 'date-range',
      description: 'news dated 2016–2026, events 2016–2030',
      issues: [
        ...checkDateRange(news.features, '2016-01-01', '2026-12-31'),
        ...checkDateRange(events.features, '2016-01-01', '2030-12-31'),
      ],
    },
    {
      rule: 'event-times',
      description: 'event start/end on its date/end_date (Berlin), end not before start',
      issues: checkEventTimes(events.features),
    },
    {
      rule: 'listed-since',
      description: 'site listed_since not after data_as_of',
      issues: checkListedSince(sites),
    },
    {
      rule: 'profile',
      description: 'site profile: pop_30km ≤ pop_60km',
      issues: checkProfiles(sites),
    },
    {
      rule: 'power',
      description: 'power_mva null or 0–1000 MVA (plots), 0–50 MVA (halls)',
      issues: checkGridPower(sites),
    },
    {
      rule: 'placeholder',
      description: 'no placeholder or empty entry (same, TODO, n/a, …) in texts and sources',
      issues: [
        ...checkPlaceholders(sites, SITE_TEXT_FIELDS),
        ...checkPlaceholders(context, CONTEXT_TEXT_FIELDS),
      ],
    },
  ];

  const others = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.json') && !KNOWN.includes(f))
    : [];
  const header = [
    `Data check of ${relative(process.cwd(), dir) || '.'}`,
    `  plots ${plots.features.length}, halls ${halls.features.length}, news ${news.features.length}, projects ${projects.features.length}, events ${events.features.length}, junctions ${junctions.items.length}, airports ${airports.items.length}`,
    ...(others.length > 0 ? [`  not checked here: ${others.join(', ')}`] : []),
  ];
  console.log(formatReport(header, results));
  return results.some((r) => r.issues.length > 0) ? 1 : 0;
}

process.exitCode = main();
