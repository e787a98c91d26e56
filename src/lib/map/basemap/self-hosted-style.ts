import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import { addMapProtocol } from '../create-map';
import { withBundledAssets } from './protomaps-layers';

/**
 * The self-hosted basemap: an OpenStreetMap PMTiles archive in the Protomaps basemap schema,
 * drawn with the Protomaps "light" layers and the app's own fonts. This module (with the
 * pmtiles reader and the layers) is loaded only when a deployment configures an archive.
 */

export const SELF_HOSTED_SOURCE = 'basemap-osm';

export const SELF_HOSTED_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors</a> (ODbL), ' +
  '<a href="https://protomaps.com" target="_blank" rel="noopener">Protomaps</a>';

let protocol: Protocol | null = null;

function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addMapProtocol('pmtiles', protocol.tile as Parameters<typeof addMapProtocol>[1]);
  }
  return protocol;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export interface SelfHostedStyleOptions {
  lang: 'de' | 'en';
  fontFaces: StyleSpecification['font-faces'];
  /** The app's own sprite, if its style has one (for the app's icons; the basemap needs none). */
  sprite?: StyleSpecification['sprite'];
  timeoutMs: number;
}

/**
 * Reads the archive's header first, so that a missing file, a server without byte ranges or a
 * file that is not a vector PMTiles archive fails here (and the offline basemap stays).
 */
export async function selfHostedStyle(
  url: string,
  { lang, fontFaces, sprite, timeoutMs }: SelfHostedStyleOptions,
): Promise<StyleSpecification> {
  const archive = new PMTiles(url);
  const header = await withTimeout(archive.getHeader(), timeoutMs);
  if (header.tileType !== TileType.Mvt) throw new Error('not a vector tile archive');
  pmtilesProtocol().add(archive);
  const protomaps = layers(SELF_HOSTED_SOURCE, namedFlavor('light'), { lang });
  return {
    version: 8,
    name: 'Standortfinder self-hosted basemap',
    metadata: { 'standortfinder:basemap': 'self-hosted', 'standortfinder:lang': lang },
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    ...(sprite ? { sprite } : {}),
    sources: {
      [SELF_HOSTED_SOURCE]: {
        type: 'vector',
        url: `pmtiles://${url}`,
        attribution: SELF_HOSTED_ATTRIBUTION,
      },
    },
    layers: withBundledAssets(protomaps as unknown as LayerSpecification[]),
  };
}
