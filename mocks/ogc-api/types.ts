import type { SampleCollectionId } from '../../src/contract/ogc-schemas';

/**
 * Loose GeoJSON shapes for what the mock serves. The mock hands data out as stored (lenient
 * spellings included), so these types only describe the envelope, never the properties.
 */
export interface OgcGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: OgcGeometry[];
}

export interface OgcFeature {
  type: 'Feature';
  id?: string | number;
  geometry: OgcGeometry | null;
  properties: Record<string, unknown> | null;
  [member: string]: unknown;
}

export interface OgcFeatureCollection {
  type: 'FeatureCollection';
  features: OgcFeature[];
  [member: string]: unknown;
}

export type CollectionId = SampleCollectionId;

/** Everything the API serves: one FeatureCollection per collection, in response order. */
export type Dataset = Record<CollectionId, OgcFeatureCollection>;

/** What the core needs of a request: method and absolute URL (origin, path and query). */
export interface OgcRequest {
  method: string;
  url: string;
}

/** A transport-neutral answer; `body` is a JSON value, or null (HEAD, OPTIONS). */
export interface OgcResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface OgcOptions {
  /** Path of the landing page, for example `/api` (default) or `/standortfinder/api`. */
  basePath?: string;
  /** Clock for `timeStamp`; tests pass a fixed one. */
  now?: () => Date;
}

/** [minLon, minLat, maxLon, maxLat] in CRS84. */
export type BBox2D = [number, number, number, number];
