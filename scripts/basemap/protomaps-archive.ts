import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writePmtiles } from './pmtiles-writer';
import { protomapsLayers, type OfflineBasemapFiles } from './protomaps-features';

/**
 * A small OpenStreetMap-like archive for tests: the offline basemap's files cut into vector
 * tiles of the Protomaps schema and written as PMTiles. Not a real basemap (that comes from
 * OpenStreetMap, see docs/self-hosted-basemap.md), but read and drawn by the same code.
 */

export interface ArchiveBuildOptions {
  /** Folder with the offline basemap files (`public/basemap`). */
  dir: string;
  /** [west, south, east, north]; tiles outside are not written. Default: central Germany. */
  bbox?: [number, number, number, number];
  minZoom?: number;
  maxZoom?: number;
}

export const MITTELDEUTSCHLAND_BBOX: [number, number, number, number] = [9.7, 50.0, 15.2, 53.2];

const FILES: Record<keyof OfflineBasemapFiles, string> = {
  countries: 'countries.json',
  states: 'states.json',
  stateLabels: 'state-labels.json',
  places: 'places.json',
  motorways: 'motorways.json',
  rail: 'rail.json',
  water: 'water.json',
};

/** Reads the files that exist (countries, states and places must). */
export function readOfflineBasemap(dir: string): OfflineBasemapFiles {
  const read = (name: string): FeatureCollection | undefined =>
    existsSync(join(dir, name))
      ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection)
      : undefined;
  const files = Object.fromEntries(Object.entries(FILES).map(([key, name]) => [key, read(name)]));
  for (const key of ['countries', 'states', 'places'])
    if (!files[key]) throw new Error(`${join(dir, FILES[key as keyof OfflineBasemapFiles])} is missing`);
  return files as unknown as OfflineBasemapFiles;
}

const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The archive's bytes and what went into it. */
export function buildProtomapsArchive(options: ArchiveBuildOptions) {
  const { bbox = MITTELDEUTSCHLAND_BBOX, minZoom = 5, maxZoom = 10 } = options;
  const layers = protomapsLayers(readOfflineBasemap(options.dir));
  const indexes = Object.entries(layers).map(
    ([name, data]) => [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: minZoom, tolerance: 2 })] as const,
  );
  const tiles = [];
  for (let z = minZoom; z <= maxZoom; z++)
    for (let x = tileX(bbox[0], z); x <= tileX(bbox[2], z); x++)
      for (let y = tileY(bbox[3], z); y <= tileY(bbox[1], z); y++) {
        const content = Object.fromEntries(
          indexes.flatMap(([name, index]) => {
            const tile = index.getTile(z, x, y);
            return tile && tile.features.length > 0 ? [[name, tile]] : [];
          }),
        );
        if (Object.keys(content).length > 0)
          tiles.push({ z, x, y, data: fromGeojsonVt(content, { version: 2, extent: 4096 }) });
      }
  const center: [number, number, number] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2, 7];
  const archive = writePmtiles(tiles, {
    bounds: bbox,
    center,
    metadata: {
      name: 'Standortfinder test basemap (Protomaps schema)',
      attribution: 'Natural Earth, GeoNames',
      vector_layers: Object.keys(layers).map((id) => ({
        id,
        fields: {},
        minzoom: minZoom,
        maxzoom: maxZoom,
      })),
    },
  });
  return { archive, tiles: tiles.length, layers: Object.keys(layers) };
}
