import { JSON_TYPE } from './http';
import { link, type LinkBuilder } from './links';

/** Media type of the `service-desc` link (requirement class OpenAPI 3.0). */
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
] as const;

/** What the static files of `npm run build` can honour: GeoJSON, but no limit, offset or bbox. */
export const STATIC_CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
] as const;

export const API_TITLE = 'Standortfinder Mitteldeutschland';
export const API_DESCRIPTION =
  'Industrial plots and halls in Sachsen, Sachsen-Anhalt and Thüringen, with news and projects ' +
  '(OGC API – Features, Part 1 Core; GeoJSON; CRS84).';

/** `GET {base}`, with `service-desc` → `{base}/openapi.json`. */
export function landingPage(links: LinkBuilder) {
  return {
    title: API_TITLE,
    description: API_DESCRIPTION,
    links: [
      link('self', links.href(), JSON_TYPE, 'This document'),
      link('service-desc', links.href('/openapi.json'), OPENAPI_TYPE, 'The API definition (OpenAPI 3.0)'),
      link('conformance', links.href('/conformance'), JSON_TYPE, 'Conformance classes implemented'),
      link('data', links.href('/collections'), JSON_TYPE, 'Collections'),
    ],
  };
}

/** `GET {base}/conformance`. */
export const conformance = () => ({ conformsTo: [...CONFORMANCE_CLASSES] });
