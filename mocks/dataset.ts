import events from '../data/events.json';
import halls from '../data/halls.json';
import news from '../data/news.json';
import plots from '../data/plots.json';
import projects from '../data/projects.json';
import { COLLECTION_IDS } from '../src/contract/ogc-schemas';
import type { CollectionId, Dataset, OgcFeatureCollection } from './ogc-api/types';

export type { CollectionId, Dataset, OgcFeature, OgcFeatureCollection } from './ogc-api/types';

/**
 * Checks the envelope only (a FeatureCollection whose features are GeoJSON Features); the
 * properties are served as they are, so that lenient spellings reach the client unchanged.
 */
export function asFeatureCollection(value: unknown, name: string): OgcFeatureCollection {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (!v || typeof v !== 'object' || v.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    throw new TypeError(`${name}: expected a GeoJSON FeatureCollection`);
  }
  const bad = v.features.findIndex(
    (f: unknown) => !f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature',
  );
  if (bad >= 0) throw new TypeError(`${name}: features[${bad}] is not a GeoJSON Feature`);
  return value as OgcFeatureCollection;
}

export const emptyFeatureCollection = (): OgcFeatureCollection => ({
  type: 'FeatureCollection',
  features: [],
});

/** Builds a Dataset; missing collections are empty unless a fallback dataset is given. */
export function createDataset(parts: Partial<Record<CollectionId, unknown>>, fallback?: Dataset): Dataset {
  const entries = COLLECTION_IDS.map((id) => {
    const part = parts[id];
    if (part !== undefined) return [id, asFeatureCollection(part, id)] as const;
    return [id, fallback ? fallback[id] : emptyFeatureCollection()] as const;
  });
  return Object.fromEntries(entries) as Dataset;
}

/** The sample data in `data/*.json`, as committed. */
export const sampleDataset: Dataset = createDataset({ plots, halls, news, projects, events });
