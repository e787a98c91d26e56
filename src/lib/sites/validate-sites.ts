import { hallFeatureSchema, plotFeatureSchema } from '@/contract/feature-schemas';
import { hallPropertiesSchema, plotPropertiesSchema } from '@/contract/site-schemas';
import { toSiteKey } from '@/contract/site-key';
import type { SiteKind } from '@/contract/site-schemas';
import type { Site } from './site';

/** A record the edge refused, with the reason a person can read. */
export interface InvalidRecord {
  collectionId: string;
  featureId: string | null;
  reason: string;
}

export interface ValidatedCollection {
  sites: Site[];
  invalid: InvalidRecord[];
}

const schemas = { plot: plotFeatureSchema, hall: hallFeatureSchema } as const;
const ADDRESS_KEYS = ['key', 'collectionId', 'featureId', 'geometry'];
const propertyKeys = {
  plot: Object.keys(plotPropertiesSchema.shape),
  hall: Object.keys(hallPropertiesSchema.shape),
} as const;
// JSON.parse builds objects with fast in-object properties; spreading a template keeps that shape.
const templateOf = (keys: string[]) =>
  JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, unknown>;
const templates = {
  plot: templateOf([...ADDRESS_KEYS, ...propertyKeys.plot]),
  hall: templateOf([...ADDRESS_KEYS, ...propertyKeys.hall]),
};

/**
 * Copies the properties in the schema's key order, so every site of a kind shares one object
 * shape whichever properties the server left out. Mixed shapes make every later property read
 * slow (measured: 15× on 100,000 sites, see docs/performance.md).
 */
function toSite(
  kind: SiteKind,
  collectionId: string,
  id: string,
  geometry: Site['geometry'],
  properties: object,
): Site {
  const site: Record<string, unknown> = { ...templates[kind] };
  site.key = toSiteKey(collectionId, id);
  site.collectionId = collectionId;
  site.featureId = id;
  site.geometry = geometry;
  const source = properties as Record<string, unknown>;
  for (const k of propertyKeys[kind]) site[k] = source[k];
  return site as unknown as Site;
}

function rawId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Validates every feature on its own: one bad record never spoils the rest. */
export function validateSites(
  collectionId: string,
  kind: SiteKind,
  rawFeatures: unknown[],
): ValidatedCollection {
  const schema = schemas[kind];
  const sites: Site[] = [];
  const invalid: InvalidRecord[] = [];
  const seen = new Set<string>();
  for (const raw of rawFeatures) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.filter((p) => p !== 'properties').join('.') || 'record';
      invalid.push({
        collectionId,
        featureId: rawId(raw),
        reason: `${field}: ${issue?.message ?? 'invalid'}`,
      });
      continue;
    }
    const { id, geometry, properties } = parsed.data;
    if (seen.has(id)) {
      invalid.push({ collectionId, featureId: id, reason: 'id: duplicate' });
      continue;
    }
    seen.add(id);
    sites.push(toSite(kind, collectionId, id, geometry, properties));
  }
  return { sites, invalid };
}
