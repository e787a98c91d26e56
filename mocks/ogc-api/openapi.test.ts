// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleOgcRequest, matchRoute } from './routes';
import { ORIGIN, testDataset } from './test-dataset';

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}
interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
}

const get = (path: string, basePath?: string) =>
  handleOgcRequest(testDataset(), { method: 'GET', url: `${ORIGIN}${path}` }, basePath ? { basePath } : {});
const openapi = get('/api/openapi.json').body as OpenApi;

/** `/collections/{collectionId}/items` → a concrete path of the mock. */
const concrete = (template: string) =>
  template.replace('{collectionId}', 'plots').replace('{featureId}', 'p-01').replace(/\/$/, '');

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.0 with the landing page as server', () => {
    expect(openapi.openapi).toMatch(/^3\.0\.\d+$/);
    expect(openapi.servers).toEqual([{ url: `${ORIGIN}/api` }]);
  });

  it('describes every endpoint the core routes, and each one answers 200', () => {
    const paths = Object.keys(openapi.paths);
    expect(paths.map((p) => matchRoute(`/api${concrete(p)}`)?.kind).sort()).toEqual(
      ['collection', 'collections', 'conformance', 'feature', 'items', 'landing', 'openapi'].sort(),
    );
    for (const p of paths) expect(get(`/api${concrete(p)}`).status, p).toBe(200);
  });

  it('names the query parameters the items endpoint honours', () => {
    const items = openapi.paths['/collections/{collectionId}/items']!.get;
    expect(items.parameters?.filter((p) => p.in === 'query').map((p) => p.name)).toEqual([
      'limit',
      'offset',
      'bbox',
      'f',
    ]);
    expect(Object.keys(items.responses)).toEqual(['200', '400', '404']);
  });

  it('resolves every $ref', () => {
    const doc = openapi as unknown as Record<string, unknown>;
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const path = ref.slice(8, -1).replace(/^#\//, '').split('/');
      const target = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('follows the base path', () => {
    const moved = get('/geo/ogc/openapi.json', '/geo/ogc').body as OpenApi;
    expect(moved.servers).toEqual([{ url: `${ORIGIN}/geo/ogc` }]);
  });
});
