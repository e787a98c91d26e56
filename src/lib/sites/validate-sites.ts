import {
  hallFeatureSafeParse,
  plotFeatureSafeParse,
  siteColumnValidators,
} from '@/contract/compiled-parse/site-validators';
import {
  columnsOfKeys,
  featureAt,
  type FeatureColumns,
  isFeatureColumns,
  type PageFeatures,
} from '@/contract/feature-columns';
import { hallPropertiesSchema, plotPropertiesSchema } from '@/contract/site-schemas';
import { toSiteKey } from '@/contract/site-key';
import type { SiteKind } from '@/contract/site-schemas';
import type { Site } from './site';
import { yieldToBrowser } from '@/lib/yield-to-browser';

/** A record the edge refused, with the reason a person can read. */
export interface InvalidRecord {
  collectionId: string;
  featureId: string | null;
  reason: string;
  /** The record was kept without the named part (a link with a scheme other than http, https, mailto). */
  kept?: true;
}

export interface ValidatedCollection {
  sites: Site[];
  invalid: InvalidRecord[];
}

// The generated validators answer valid records; the others go to zod, so every refusal keeps
// zod's message (decision 0023).
const parsers = { plot: plotFeatureSafeParse, hall: hallFeatureSafeParse } as const;
const ADDRESS_KEYS = ['key', 'collectionId', 'featureId', 'geometry'];
// JSON.parse builds objects with fast in-object properties; spreading a template keeps that shape.
const templateOf = (keys: string[]) =>
  JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, unknown>;

type Template = Record<string, unknown>;
let templates: Record<SiteKind, Template> | undefined;
/** Every key of a site per kind, read from the schemas when the first site arrives (they are lazy). */
function kindTemplates(): Record<SiteKind, Template> {
  if (templates) return templates;
  const templateFor = (keys: string[]) => templateOf([...ADDRESS_KEYS, ...keys]);
  return (templates = {
    plot: templateFor(Object.keys(plotPropertiesSchema.unwrap().shape)),
    hall: templateFor(Object.keys(hallPropertiesSchema.unwrap().shape)),
  });
}

/**
 * Copies the properties into a clone of the kind's template (every key, in the schema's order),
 * so every site of a kind shares one object shape whichever properties the server left out.
 * Mixed shapes make every later property read slow (measured: 15× on 100,000 sites, see
 * docs/performance.md). `Object.assign` copies the validated properties (the schema's keys only)
 * in one call: a loop by key was 0.8 µs a site slower.
 */
function toSite(
  kind: SiteKind,
  collectionId: string,
  id: string,
  geometry: Site['geometry'],
  properties: object,
): Site {
  const site: Record<string, unknown> = { ...kindTemplates()[kind] };
  site.key = toSiteKey(collectionId, id);
  site.collectionId = collectionId;
  site.featureId = id;
  site.geometry = geometry;
  Object.assign(site, properties);
  return site as unknown as Site;
}

function rawId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Validation state of one collection: what passed, what was refused, the ids seen. */
export function siteCollector(collectionId: string, kind: SiteKind) {
  const parse = parsers[kind];
  const sites: Site[] = [];
  const invalid: InvalidRecord[] = [];
  const seen = new Set<string>();
  const add = (raw: unknown) => {
    const parsed = parse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.filter((p) => p !== 'properties').join('.') || 'record';
      invalid.push({
        collectionId,
        featureId: rawId(raw),
        reason: `${field}: ${issue?.message ?? 'invalid'}`,
      });
      return;
    }
    const { id, geometry, properties } = parsed.data;
    accept(id, geometry, properties);
  };
  const accept = (id: string, geometry: Site['geometry'], properties: object) => {
    if (seen.has(id)) {
      invalid.push({ collectionId, featureId: id, reason: 'id: duplicate' });
      return;
    }
    seen.add(id);
    sites.push(toSite(kind, collectionId, id, geometry, properties));
  };
  /** Adds row `i` of a page's features (a GeoJSON array, or a column page's columns). */
  const rowAdder = (features: PageFeatures): ((i: number) => void) =>
    isFeatureColumns(features) ? columnRowAdder(kind, features, add, accept) : (i) => add(features[i]);
  return { add, rowAdder, result: (): ValidatedCollection => ({ sites, invalid }) };
}

/**
 * Row by row from a column page: the generated column validators answer valid rows (no record
 * is built); a row they refuse, a row sent as a record, and every row before the validators are
 * in, go to `add` as a record, so a refusal keeps zod's message.
 */
function columnRowAdder(
  kind: SiteKind,
  columns: FeatureColumns,
  add: (raw: unknown) => void,
  accept: (id: string, geometry: Site['geometry'], properties: object) => void,
): (i: number) => void {
  const asRecord = (i: number) => add(featureAt(columns, i));
  const generated = siteColumnValidators(kind);
  if (!generated) return asRecord;
  const { validators: v, fail } = generated;
  const values = columnsOfKeys(columns, v.keys);
  const { id: ids, geometry: geometries, records } = columns;
  return (i) => {
    if (records.size > 0 && records.has(i)) return add(records.get(i));
    let id: unknown, geometry: unknown, properties: unknown;
    try {
      id = v.id(ids[i]);
      geometry = v.geometry(geometries[i]);
      properties = v.properties(values, i);
    } catch {
      return asRecord(i); // zod reports (or throws) it
    }
    if (id === fail || geometry === fail || properties === fail) return asRecord(i);
    accept(id as string, geometry as Site['geometry'], properties as object);
  };
}

/** Validates every feature on its own: one bad record never spoils the rest. */
export function validateSites(
  collectionId: string,
  kind: SiteKind,
  features: PageFeatures,
): ValidatedCollection {
  const c = siteCollector(collectionId, kind);
  const addRow = c.rowAdder(features);
  for (let i = 0; i < features.length; i++) addRow(i);
  return c.result();
}

/** What `siteCollector` returns: add records one by one, read the result. */
export type SiteCollector = ReturnType<typeof siteCollector>;

/**
 * Adds records to a collector in slices of about `sliceMs`, each in a task of its own, so
 * validating a large page never blocks the page for long. The first slice, too, waits for a task
 * of its own: the task that read and parsed the page, or built the validators, has already run
 * for a while (together they made the load's last tasks over 50 ms, docs/performance.md).
 */
export async function addInSlices(
  collector: SiteCollector,
  features: PageFeatures,
  { sliceMs = 12, signal }: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  await yieldToBrowser();
  signal?.throwIfAborted();
  const addRow = collector.rowAdder(features);
  let sliceStart = performance.now();
  for (let i = 0; i < features.length; i++) {
    addRow(i);
    // Checking the clock every 16 records keeps its cost out of the loop.
    if ((i & 15) === 15 && performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
