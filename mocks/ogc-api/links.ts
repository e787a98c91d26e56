import type { OgcLink } from '../../src/contract/ogc-schemas';

/** `/api`, `api/`, `/` → `/api`, `/api`, `` (root). */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** The path below the base path (`''` for the landing page), or null if outside it. */
export function pathBelowBase(pathname: string, basePath: string): string | null {
  if (basePath === '') return pathname;
  if (pathname === basePath) return '';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

/** Builds absolute hrefs below `origin + basePath`. */
export class LinkBuilder {
  readonly root: string;

  constructor(origin: string, basePath: string) {
    this.root = `${origin}${basePath}`;
  }

  href(path = '', query?: QueryInput): string {
    const q = query ? formatQuery(query) : '';
    return `${this.root}${path}${q ? `?${q}` : ''}`;
  }

  collection(collectionId: string): string {
    return this.href(`/collections/${encodeURIComponent(collectionId)}`);
  }

  items(collectionId: string, query?: QueryInput): string {
    return this.href(`/collections/${encodeURIComponent(collectionId)}/items`, query);
  }

  feature(collectionId: string, featureId: string): string {
    return this.href(
      `/collections/${encodeURIComponent(collectionId)}/items/${encodeURIComponent(featureId)}`,
    );
  }
}

export const link = (rel: string, href: string, type: string, title: string): OgcLink => ({
  rel,
  type,
  title,
  href,
});

export type QueryInput = Record<string, string> | ReadonlyArray<readonly [string, string]>;

/** Like URLSearchParams, but keeps `,` readable (bbox=1,2,3,4). */
export function formatQuery(query: QueryInput): string {
  const pairs = Array.isArray(query) ? query : Object.entries(query);
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
