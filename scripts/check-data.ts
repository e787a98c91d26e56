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
  hallFeatureSchema,
  newsFeatureSchema,
  plotFeatureSchema,
  projectFeatureSchema,
} from '../src/contract/feature-schemas';
import { checkAreaOrder, checkPolygonAreas } from './data-checks/area-rules';
import { checkParkReferences, checkParkSums, checkUniqueIds } from './data-checks/collection-rules';
import { airportSchema, checkDistances, junctionSchema } from './data-checks/distance-rules';
import type { Issue } from './data-checks/issue';
import { checkInRegion, checkLatLonNearGeometry } from './data-checks/position-rules';
import { formatReport, type RuleResult } from './data-checks/report';
import { validateArray, validateCollection } from './data-checks/schema-rules';

const KNOWN = ['plots.json', 'halls.json', 'news.json', 'projects.json', 'junctions.json', 'airports.json'];

function argDir(): string {
  const i = process.argv.indexOf('--dir');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  return given ?? fileURLToPath(new URL('../data/', import.meta.url));
}

function main(): number {
  const dir = argDir();
  const missing: Issue[] = [];
  const load = (name: string): unknown => {
    const path = join(dir, name);
    if (!existsSync(path)) {
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
  const junctions = validateArray('junctions.json', load('junctions.json'), junctionSchema);
  const airports = validateArray('airports.json', load('airports.json'), airportSchema);

  const sites = [...plots.features, ...halls.features];
  const context = [...news.features, ...projects.features];
  const parks = new Set(sites.map((f) => f.properties.park).filter((p): p is string => p !== null));
  const results: RuleResult[] = [
    { rule: 'files', description: 'expected files exist and parse as JSON', issues: missing },
    {
      rule: 'schema',
      description: 'features match the contract schemas',
      issues: [plots, halls, news, projects, junctions, airports].flatMap((r) => r.issues),
    },
    {
      rule: 'unique-id',
      description: 'ids unique per collection',
      issues: [
        ...[plots, halls, news, projects].flatMap((r) =>
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
      description: 'news/project park references exist',
      issues: checkParkReferences(context, parks),
    },
  ];

  const others = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.json') && !KNOWN.includes(f))
    : [];
  const header = [
    `Data check of ${relative(process.cwd(), dir) || '.'}`,
    `  plots ${plots.features.length}, halls ${halls.features.length}, news ${news.features.length}, projects ${projects.features.length}, junctions ${junctions.items.length}, airports ${airports.items.length}`,
    ...(others.length > 0 ? [`  not checked here: ${others.join(', ')}`] : []),
  ];
  console.log(formatReport(header, results));
  return results.some((r) => r.issues.length > 0) ? 1 : 0;
}

process.exitCode = main();
