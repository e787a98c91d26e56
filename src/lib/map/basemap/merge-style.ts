import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Switching basemaps replaces the style; the app's own sources and layers (sites, search area,
 * overlays, drawing) must come along. `carryOverlays` takes them from the style being left
 * (anything not from a basemap) and puts them on top of the next basemap, keeping the bundled
 * fonts so the app's labels still find their glyphs.
 */
export function carryOverlays(
  previous: StyleSpecification,
  next: StyleSpecification,
  basemapSourceIds: ReadonlySet<string>,
  fontFaces?: StyleSpecification['font-faces'],
): StyleSpecification {
  const overlaySources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(previous.sources))
    if (!basemapSourceIds.has(id) && !(id in next.sources)) overlaySources[id] = source;
  const overlayLayers = previous.layers.filter(
    (l): l is LayerSpecification & { source: string } =>
      'source' in l && typeof l.source === 'string' && l.source in overlaySources,
  );
  const merged: StyleSpecification = {
    ...next,
    sources: { ...next.sources, ...overlaySources },
    layers: [...next.layers, ...overlayLayers],
  };
  if (fontFaces) merged['font-faces'] = { ...fontFaces, ...(next['font-faces'] ?? {}) };
  return merged;
}

/** A fetched online style, checked enough to hand to MapLibre (never trust what a server sends). */
export function asStyle(json: unknown): StyleSpecification | null {
  if (typeof json !== 'object' || json === null) return null;
  const s = json as Partial<StyleSpecification>;
  if (s.version !== 8 || typeof s.sources !== 'object' || s.sources === null || !Array.isArray(s.layers))
    return null;
  return s as StyleSpecification;
}
