import { COLLECTION_IDS } from '../src/contract/ogc-schemas';
import { createDataset, sampleDataset, type Dataset } from './dataset';

/** The shape of a `--data <file>`: `{ "plots": FeatureCollection, "halls": …, "news"?: …, "projects"?: … }`. */
export function datasetFromJson(
  value: unknown,
  source = 'dataset',
  fallback: Dataset = sampleDataset,
): Dataset {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${source}: expected an object with the keys ${COLLECTION_IDS.join(', ')}`);
  }
  const obj = value as Record<string, unknown>;
  if ((obj as { type?: unknown }).type === 'FeatureCollection') {
    throw new TypeError(`${source}: is a single FeatureCollection; wrap it as {"plots": …} or {"halls": …}`);
  }
  if (!COLLECTION_IDS.some((id) => id in obj)) {
    throw new TypeError(`${source}: has none of the keys ${COLLECTION_IDS.join(', ')}`);
  }
  const parts = Object.fromEntries(COLLECTION_IDS.filter((id) => id in obj).map((id) => [id, obj[id]]));
  try {
    return createDataset(parts, fallback);
  } catch (error) {
    throw new TypeError(`${source}: ${(error as Error).message}`);
  }
}

interface FsPromises {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

/**
 * Node only: reads a dataset file; collections it lacks come from the sample data.
 * `node:fs` is imported dynamically because this file is also type-checked with the browser
 * config (no Node types); the browser never imports it.
 */
export async function loadDatasetFile(path: string, fallback: Dataset = sampleDataset): Promise<Dataset> {
  const fsModule = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsModule)) as FsPromises;
  const text = await fs.readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return datasetFromJson(json, path, fallback);
}
