import { hallFeatureSchema, plotFeatureSchema } from '@/contract/feature-schemas';
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
    sites.push({
      ...properties,
      key: toSiteKey(collectionId, id),
      collectionId,
      featureId: id,
      geometry,
    } as Site);
  }
  return { sites, invalid };
}
