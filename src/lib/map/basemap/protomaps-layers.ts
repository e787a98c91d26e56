import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONT_BOLD, BASEMAP_FONT_REGULAR } from '../basemap-style';

/**
 * The Protomaps basemap layers, made to draw from the app's own files only: every font they
 * name becomes one of the bundled Noto Sans faces (the style has no glyphs URL), and sprite
 * icons go (the style has no sprite), so nothing is requested from another host.
 */
export function withBundledAssets(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const layer of layers) {
    if (layer.type !== 'symbol') {
      out.push(layer);
      continue;
    }
    const layout = Object.fromEntries(
      Object.entries(layer.layout ?? {})
        .filter(([name]) => !name.startsWith('icon-'))
        .map(([name, value]) => [name, bundledFonts(value)]),
    );
    // A symbol that was only an icon (one-way arrows) has nothing left to draw.
    if (!('text-field' in layout)) continue;
    out.push({ ...layer, layout } as LayerSpecification);
  }
  return out;
}

/** The bundled face for a Protomaps font name: bold for Medium and Bold, regular for the rest. */
export function bundledFont(name: string): string {
  return /medium|bold|black|heavy/i.test(name) ? BASEMAP_FONT_BOLD : BASEMAP_FONT_REGULAR;
}

/** Font names sit in `text-font` and inside `format` options of `text-field`: replace them all. */
function bundledFonts(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('Noto ') ? bundledFont(value) : value;
  if (Array.isArray(value)) return value.map(bundledFonts);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bundledFonts(v)]));
  return value;
}
