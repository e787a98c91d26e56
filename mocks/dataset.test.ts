// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  collectionsSchema,
  featureCollectionPageSchema,
  landingPageSchema,
} from '../src/contract/ogc-schemas';
import { asFeatureCollection, createDataset, sampleDataset } from './dataset';
import { datasetFromJson } from './load-dataset-file';
import { handleOgcRequest } from './ogc-api';

const fc = (...ids: string[]) => ({
  type: 'FeatureCollection',
  features: ids.map((id) => ({ type: 'Feature', id, geometry: null, properties: {} })),
});

describe('sampleDataset', () => {
  it('has the four collections as FeatureCollections', () => {
    expect(Object.keys(sampleDataset)).toEqual(['plots', 'halls', 'news', 'projects', 'events']);
    for (const c of Object.values(sampleDataset)) expect(c.type).toBe('FeatureCollection');
  });

  it('is served in envelopes the client schemas accept, every feature reachable', () => {
    const get = (path: string) =>
      handleOgcRequest(sampleDataset, { method: 'GET', url: `http://x.test${path}` }).body;
    landingPageSchema.parse(get('/api'));
    collectionsSchema.parse(get('/api/collections'));
    for (const [id, collection] of Object.entries(sampleDataset)) {
      const page = featureCollectionPageSchema.parse(get(`/api/collections/${id}/items?limit=10000`));
      expect(page.numberMatched).toBe(collection.features.length);
      expect(page.features).toEqual(collection.features);
    }
  });
});

describe('dataset files', () => {
  it('names the source and the problem', () => {
    expect(() => datasetFromJson([], 'f')).toThrow(/f: expected an object/);
    expect(() => datasetFromJson({ other: 1 }, 'f')).toThrow(/none of the keys/);
    expect(() => datasetFromJson(fc('a'), 'f')).toThrow(/single FeatureCollection/);
    expect(() => datasetFromJson({ plots: { type: 'Feature' } }, 'f')).toThrow(
      /f: plots: expected a GeoJSON/,
    );
    expect(() => datasetFromJson({ halls: { type: 'FeatureCollection', features: [1] } }, 'f')).toThrow(
      /halls: features\[0\] is not a GeoJSON Feature/,
    );
  });

  it('keeps given collections and falls back to the sample data for the rest', () => {
    const ds = datasetFromJson({ plots: fc('a', 'b'), news: fc('n') });
    expect(ds.plots.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(ds.news.features.map((f) => f.id)).toEqual(['n']);
    expect(ds.halls).toBe(sampleDataset.halls);
    expect(ds.projects).toBe(sampleDataset.projects);
  });

  it('createDataset fills missing collections with empty ones unless given a fallback', () => {
    const ds = createDataset({ halls: fc('h') });
    expect(ds.plots).toEqual({ type: 'FeatureCollection', features: [] });
    expect(asFeatureCollection(fc('x'), 'x').features).toHaveLength(1);
  });
});
