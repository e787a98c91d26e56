import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';

/**
 * The offline basemap's GeoJSON recast as layers of the Protomaps basemap schema (v4), enough
 * for the "light" style to draw: land (`earth`), borders (`boundaries`), towns, Länder and
 * countries (`places`), and where the files exist motorways and rail (`roads`) and rivers and
 * lakes (`water`). Property names follow the schema: `kind`, `kind_detail`, `name`, `name:de`,
 * `name:en`, `min_zoom`, `population_rank`, `sort_key`, `ref`, `shield_text`.
 */

export type ProtomapsLayer = 'earth' | 'water' | 'boundaries' | 'roads' | 'places';

/** The offline basemap's files, by name; the optional ones may be missing. */
export interface OfflineBasemapFiles {
  countries: FeatureCollection;
  states: FeatureCollection;
  stateLabels?: FeatureCollection;
  places: FeatureCollection;
  motorways?: FeatureCollection;
  rail?: FeatureCollection;
  water?: FeatureCollection;
}

type Props = Record<string, unknown>;

const feature = (geometry: Geometry, properties: Props): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});

const names = (p: Props): Props => ({
  name: p.name,
  ...(p.name_de ? { 'name:de': p.name_de } : {}),
  ...(p.name_en ? { 'name:en': p.name_en } : {}),
});

/** Protomaps ranks places by population on a scale of about 0–15 (bigger is larger type). */
export const populationRank = (population: number): number =>
  Math.max(0, Math.min(15, Math.round(2 * Math.log10(Math.max(population, 1))) + 1));

/** A polygon's rings as lines (the schema draws region borders as lines, not outlines). */
function outline(geometry: Geometry): MultiLineString | null {
  if (geometry.type === 'Polygon') return { type: 'MultiLineString', coordinates: geometry.coordinates };
  if (geometry.type === 'MultiPolygon')
    return { type: 'MultiLineString', coordinates: geometry.coordinates.flat() };
  return null;
}

const ofKind = (collection: FeatureCollection | undefined, kind: string) =>
  (collection?.features ?? []).filter((f) => f.properties?.kind === kind);

function placeFeatures(files: OfflineBasemapFiles): Feature[] {
  const towns = files.places.features.map((f) => {
    const p = f.properties ?? {};
    const population = Number(p.population ?? 0);
    return feature(f.geometry, {
      kind: 'locality',
      ...names(p),
      population,
      population_rank: populationRank(population),
      min_zoom: 2 + Number(p.class ?? 4),
      sort_key: Number(p.rank ?? 999),
      ...(p.capital === 'country' ? { capital: 'yes' } : {}),
    });
  });
  const countries = ofKind(files.countries, 'label').map((f) =>
    feature(f.geometry, { kind: 'country', ...names(f.properties ?? {}), population_rank: 12, min_zoom: 3 }),
  );
  const regions = (files.stateLabels?.features ?? []).map((f) =>
    feature(f.geometry, {
      kind: 'region',
      ...names(f.properties ?? {}),
      ref: f.properties?.code,
      sort_key: 1,
    }),
  );
  return [...countries, ...regions, ...towns];
}

function boundaryFeatures(files: OfflineBasemapFiles): Feature[] {
  const countries = ofKind(files.countries, 'border').map((f) =>
    feature(f.geometry, { kind: 'country', kind_detail: 2 }),
  );
  const regions = files.states.features.flatMap((f) => {
    const line = outline(f.geometry);
    return line ? [feature(line, { kind: 'region', kind_detail: 4 })] : [];
  });
  return [...countries, ...regions];
}

function roadFeatures(files: OfflineBasemapFiles): Feature[] {
  const motorways = ofKind(files.motorways, 'motorway').map((f) => {
    const ref = String(f.properties?.ref ?? '');
    return feature(f.geometry, {
      kind: 'highway',
      ref,
      shield_text: ref.replace(/^A\s*/, ''),
      network: 'DE:BAB',
    });
  });
  const rail = ofKind(files.rail, 'rail').map((f) =>
    feature(f.geometry, { kind: 'rail', kind_detail: 'rail', ...names(f.properties ?? {}) }),
  );
  return [...motorways, ...rail];
}

function waterFeatures(files: OfflineBasemapFiles): Feature[] {
  return (files.water?.features ?? [])
    .filter((f) => f.properties?.kind === 'river' || f.properties?.kind === 'lake')
    .map((f) => feature(f.geometry, { kind: f.properties?.kind, ...names(f.properties ?? {}) }));
}

/** The features of each schema layer (layers without features are left out). */
export function protomapsLayers(
  files: OfflineBasemapFiles,
): Partial<Record<ProtomapsLayer, FeatureCollection>> {
  const layers: Record<ProtomapsLayer, Feature[]> = {
    earth: ofKind(files.countries, 'country').map((f) => feature(f.geometry, { kind: 'earth' })),
    water: waterFeatures(files),
    boundaries: boundaryFeatures(files),
    roads: roadFeatures(files),
    places: placeFeatures(files),
  };
  return Object.fromEntries(
    Object.entries(layers)
      .filter(([, features]) => features.length > 0)
      .map(([name, features]) => [name, { type: 'FeatureCollection', features }]),
  );
}
