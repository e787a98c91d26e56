import { eventFeatureSchema, newsFeatureSchema, projectFeatureSchema } from '@/contract/feature-schemas';
import type { InvalidRecord } from '@/lib/sites/validate-sites';
import type { ContextItem, ContextKind } from './context-item';

export interface ValidatedContext {
  items: ContextItem[];
  invalid: InvalidRecord[];
}

const schemas = {
  news: newsFeatureSchema,
  project: projectFeatureSchema,
  event: eventFeatureSchema,
} as const;

const rawId = (raw: unknown): string | null => {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/** Validates every feature on its own, like the sites: bad records are counted, never shown. */
export function validateContext(
  collectionId: string,
  kind: ContextKind,
  rawFeatures: unknown[],
): ValidatedContext {
  const items: ContextItem[] = [];
  const invalid: InvalidRecord[] = [];
  const seen = new Set<string>();
  for (const raw of rawFeatures) {
    const parsed = schemas[kind].safeParse(raw);
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
    const { id, geometry, properties: p } = parsed.data;
    if (seen.has(id)) {
      invalid.push({ collectionId, featureId: id, reason: 'id: duplicate' });
      continue;
    }
    seen.add(id);
    for (const reason of p.dropped_links) invalid.push({ collectionId, featureId: id, reason, kept: true });
    const coords = geometry?.coordinates;
    items.push({
      id,
      kind,
      date: p.date,
      endDate: 'end_date' in p ? p.end_date : null,
      title: p.title,
      teaser: p.teaser,
      body: p.body,
      topics: p.topics,
      locations: p.locations,
      links: p.links,
      source: p.source,
      venue: 'venue' in p ? p.venue : null,
      ...('start' in p
        ? { start: p.start, end: p.end, organizer: p.organizer, url: p.url }
        : { start: null, end: null, organizer: null, url: null }),
      regionWide: p.region_wide,
      point: coords ? { lon: coords[0], lat: coords[1] } : null,
      title_en: p.title_en,
      teaser_en: p.teaser_en,
      body_en: p.body_en,
      source_en: p.source_en,
      venue_en: 'venue_en' in p ? p.venue_en : null,
    });
  }
  return { items, invalid };
}
