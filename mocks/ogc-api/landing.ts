import { JSON_TYPE } from './http';
import { link, type LinkBuilder } from './links';

export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
] as const;

export const API_TITLE = 'Standortfinder Mitteldeutschland';
export const API_DESCRIPTION =
  'Industrial plots and halls in Sachsen, Sachsen-Anhalt and Thüringen, with news and projects ' +
  '(OGC API – Features, Part 1 Core; GeoJSON; CRS84).';

/** `GET {base}`. No `service-desc`: the mock serves no OpenAPI document (yet). */
export function landingPage(links: LinkBuilder) {
  return {
    title: API_TITLE,
    description: API_DESCRIPTION,
    links: [
      link('self', links.href(), JSON_TYPE, 'This document'),
      link('conformance', links.href('/conformance'), JSON_TYPE, 'Conformance classes implemented'),
      link('data', links.href('/collections'), JSON_TYPE, 'Collections'),
    ],
  };
}

/** `GET {base}/conformance`. */
export const conformance = () => ({ conformsTo: [...CONFORMANCE_CLASSES] });
