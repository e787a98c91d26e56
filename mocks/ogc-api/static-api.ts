import { COLLECTION_IDS } from '../../src/contract/ogc-schemas';
import { COLUMNS_FORMAT } from './feature-columns';
import { DEFAULT_LIMIT } from './paging';
import { featureIdOf } from './items';
import { STATIC_CONFORMANCE_CLASSES } from './landing';
import { staticOpenApiDocument } from './openapi';
import { handleOgcRequest } from './routes';
import type { Dataset, OgcResponse } from './types';

/**
 * The API as static JSON files (written into `dist/api/` by `npm run build`): every document
 * is answered by `handleOgcRequest`, the same core as MSW and `npm run api`, and only its
 * links are rewritten to relative file names, so the contract cannot drift and the files work
 * under any host and base path. Static files cannot honour `limit`, `offset` or `bbox`, so the
 * conformance declaration says less (GeoJSON only) and the OpenAPI document names files.
 *
 *   index.json · conformance.json · openapi.json · collections.json
 *   collections/{id}.json · collections/{id}/items-{n}.json (linked by next/prev)
 *   collections/{id}/columns-{n}.json (the same pages as column pages)
 *   collections/{id}/items/{featureId}.json
 */

export interface StaticApiOptions {
  /** Features per items page; default 100 (the API's default limit). */
  pageSize?: number;
  /** Clock for `timeStamp`. */
  now?: () => Date;
}

/** Relative path below the API folder → JSON body. */
export type StaticApiFiles = Map<string, unknown>;

const ORIGIN = 'http://static-api.invalid';
const BASE = '/api';
const ROOT = `${ORIGIN}${BASE}`;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

interface Linked {
  links?: { href: string; rel: string }[];
  features?: Linked[];
}

/** `a/b/c.json` → `a/x.json` is `../x.json`. */
export function relativeHref(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function buildStaticApi(dataset: Dataset, options: StaticApiOptions = {}): StaticApiFiles {
  const pageSize = options.pageSize ?? DEFAULT_LIMIT;
  const now = options.now ?? (() => new Date());
  const files: StaticApiFiles = new Map();
  /** Absolute URL of the dynamic API (path + canonical query) → static file. */
  const fileOf = new Map<string, string>();

  const get = (url: string): unknown => {
    const res: OgcResponse = handleOgcRequest(dataset, { method: 'GET', url }, { basePath: BASE, now });
    if (res.status !== 200) throw new Error(`static API: ${url} answered ${res.status}`);
    return res.body;
  };
  const pageUrl = (id: string, offset: number, columns = false) =>
    `${ROOT}/collections/${id}/items?${columns ? `f=${COLUMNS_FORMAT}&` : ''}limit=${pageSize}&offset=${offset}`;

  fileOf.set(ROOT, 'index.json');
  fileOf.set(`${ROOT}/conformance`, 'conformance.json');
  fileOf.set(`${ROOT}/openapi.json`, 'openapi.json');
  fileOf.set(`${ROOT}/collections`, 'collections.json');
  const pending: [string, string][] = [
    [ROOT, 'index.json'],
    [`${ROOT}/collections`, 'collections.json'],
  ];
  for (const id of COLLECTION_IDS) {
    fileOf.set(`${ROOT}/collections/${id}`, `collections/${id}.json`);
    fileOf.set(`${ROOT}/collections/${id}/items`, `collections/${id}/items-1.json`);
    fileOf.set(`${ROOT}/collections/${id}/items?f=${COLUMNS_FORMAT}`, `collections/${id}/columns-1.json`);
    pending.push([`${ROOT}/collections/${id}`, `collections/${id}.json`]);
    const features = dataset[id].features;
    const pages = Math.max(1, Math.ceil(features.length / pageSize));
    for (let n = 0; n < pages; n++) {
      for (const [columns, name] of [
        [false, 'items'],
        [true, 'columns'],
      ] as const) {
        const file = `collections/${id}/${name}-${n + 1}.json`;
        fileOf.set(pageUrl(id, n * pageSize, columns), file);
        pending.push([pageUrl(id, n * pageSize, columns), file]);
      }
    }
    features.forEach((feature, index) => {
      const fid = featureIdOf(feature);
      if (fid === null) return;
      const name = SAFE_ID.test(fid) ? fid : `_${index}`;
      const url = `${ROOT}/collections/${id}/items/${encodeURIComponent(fid)}`;
      if (fileOf.has(url)) return; // a duplicate id: the first feature answers, as in the API
      fileOf.set(url, `collections/${id}/items/${name}.json`);
      pending.push([url, `collections/${id}/items/${name}.json`]);
    });
  }

  const rewrite = (doc: Linked, file: string) => {
    doc.links = doc.links?.map((l) => {
      const target = fileOf.get(l.href);
      if (!target) throw new Error(`static API: ${file} links to ${l.href}, which has no file`);
      return { ...l, href: relativeHref(file, target) };
    });
  };

  for (const [url, file] of pending) {
    const body = structuredClone(get(url)) as Linked & { collections?: Linked[] };
    rewrite(body, file);
    body.collections?.forEach((c) => rewrite(c, file));
    files.set(file, body);
  }
  files.set('conformance.json', { conformsTo: [...STATIC_CONFORMANCE_CLASSES] });
  files.set('openapi.json', staticOpenApiDocument());
  return files;
}
