import type { z } from 'zod';
import { issue, type CheckedFeature, type Geometry, type Issue } from './issue';

/**
 * Validates a FeatureCollection against a feature schema. Returns the features that parsed
 * (for the other rules) and one issue per feature that did not, naming the first few fields.
 */
export function validateCollection<
  S extends z.ZodType<{ id: string; geometry: unknown; properties: unknown }>,
>(
  collection: string,
  data: unknown,
  schema: S,
): { features: CheckedFeature<z.output<S>['properties']>[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const features: CheckedFeature<z.output<S>['properties']>[] = [];
  const fc = data as { type?: unknown; features?: unknown };
  if (
    fc === null ||
    typeof fc !== 'object' ||
    fc.type !== 'FeatureCollection' ||
    !Array.isArray(fc.features)
  ) {
    return { features, issues: [issue('schema', collection, 'not a GeoJSON FeatureCollection')] };
  }
  fc.features.forEach((raw: unknown, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = `${collection}/${typeof rawId === 'string' || typeof rawId === 'number' ? rawId : `#${index}`}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const fields = result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(feature)'}: ${i.message}`)
        .join('; ');
      issues.push(issue('schema', label, fields));
      return;
    }
    // The app keeps a record whose link scheme it refuses (without the link); our own data has none.
    const dropped = (result.data.properties as { dropped_links?: string[] }).dropped_links ?? [];
    if (dropped.length > 0)
      issues.push(issue('schema', label, dropped.map((d) => `properties.${d}`).join('; ')));
    features.push({
      collection,
      id: result.data.id,
      geometry: result.data.geometry as Geometry | null,
      properties: result.data.properties as z.output<S>['properties'],
    });
  });
  return { features, issues };
}

/** Validates a plain JSON array (junctions, airports) item by item. */
export function validateArray<S extends z.ZodType>(
  name: string,
  data: unknown,
  schema: S,
): { items: z.output<S>[]; issues: Issue[] } {
  if (!Array.isArray(data)) return { items: [], issues: [issue('schema', name, 'not a JSON array')] };
  const items: z.output<S>[] = [];
  const issues: Issue[] = [];
  data.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (result.success) items.push(result.data);
    else issues.push(issue('schema', `${name}#${index}`, result.error.issues[0]?.message ?? 'invalid'));
  });
  return { items, issues };
}
