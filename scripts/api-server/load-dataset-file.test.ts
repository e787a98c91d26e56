// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDataset } from '../../mocks/dataset';
import { loadDatasetFile } from '../../mocks/load-dataset-file';

const fc = (...ids: string[]) => ({
  type: 'FeatureCollection',
  features: ids.map((id) => ({ type: 'Feature', id, geometry: null, properties: {} })),
});

describe('loadDatasetFile (--data)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogc-dataset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads given collections and takes the others from the sample data', async () => {
    const ds = await loadDatasetFile(
      write('some.json', JSON.stringify({ plots: fc('a', 'b'), halls: fc() })),
    );
    expect(ds.plots.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(ds.halls.features).toEqual([]);
    expect(ds.news).toBe(sampleDataset.news);
    expect(ds.projects).toBe(sampleDataset.projects);
  });

  it('names the file and the problem', async () => {
    await expect(loadDatasetFile(write('bad.json', '{nope'))).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(loadDatasetFile(join(dir, 'missing.json'))).rejects.toThrow(/ENOENT/);
    await expect(loadDatasetFile(write('fc.json', JSON.stringify(fc('a'))))).rejects.toThrow(
      /fc\.json: is a single FeatureCollection/,
    );
  });
});
