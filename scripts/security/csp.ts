import type { Plugin, ResolvedConfig } from 'vite';
import { streetsStyleUrl } from '../../src/config/map-sources.ts';

/**
 * The Content Security Policy of the production build, as a `<meta http-equiv>` tag in
 * dist/index.html (hosts that set headers should send the same value, plus `frame-ancestors`,
 * which a meta tag cannot carry: see README, "Deploying").
 *
 * - no inline script, no eval: `script-src 'self'`;
 * - MapLibre's worker is a same-origin module file; `blob:` covers workers and images it makes;
 * - `connect-src`: the app's own origin (static API, basemap, glyphs) and, when
 *   `VITE_API_BASE_URL` points elsewhere, that API's origin only; the origins of the online
 *   basemaps (`VITE_STREETS_STYLE_URL`, on by default, and `VITE_AERIAL_WMS_URL`), the host of a
 *   self-hosted PMTiles archive (`VITE_BASEMAP_PMTILES_URL`, read with byte-range requests), plus
 *   `VITE_MAP_EXTRA_ORIGINS` (comma list) for the tile, glyph and sprite hosts a style names.
 */
export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const connect = ["'self'"];
  const add = (url: string | undefined) => {
    if (!url?.trim()) return;
    try {
      const origin = new URL(url.trim()).origin;
      if (origin !== 'null' && !connect.includes(origin)) connect.push(origin);
    } catch {
      // a relative URL is on the app's own origin
    }
  };
  add(env.VITE_API_BASE_URL);
  add(streetsStyleUrl(env.VITE_STREETS_STYLE_URL) ?? undefined);
  add(env.VITE_AERIAL_WMS_URL);
  add(env.VITE_BASEMAP_PMTILES_URL);
  for (const extra of env.VITE_MAP_EXTRA_ORIGINS?.split(',') ?? []) add(extra);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy to index.html in `vite build` (the dev server needs inline scripts for HMR). */
export function cspPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'standortfinder:csp',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(config.env) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
