/**
 * The online street style offered beside the bundled offline basemap when nothing else is
 * configured: OpenFreeMap's "Liberty" (OpenStreetMap data, no key, tiles, fonts and sprites
 * on the same host). `VITE_STREETS_STYLE_URL=off` removes it; another URL replaces it.
 */
export const DEFAULT_STREETS_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

/** The street style URL for an environment value: the default, another http(s) URL, or null (`off`). */
export function streetsStyleUrl(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return DEFAULT_STREETS_STYLE_URL;
  if (v === 'off') return null;
  return /^https?:\/\//i.test(v) ? v : null;
}
