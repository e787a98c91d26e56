import { loadEnv, type Plugin } from 'vite';

/**
 * Link previews want absolute addresses: mail and chat clients fetch `og:image` without knowing
 * the page it came from. With `VITE_PUBLIC_URL` (the app's public address, e.g.
 * `https://standorte.example.org/`) set at build time, the preview image tags become absolute and
 * the page gets an `og:url`; without it they stay relative to the host (good enough for most
 * crawlers, which resolve them against the page).
 */
export function absolutePreviewTags(html: string, publicUrl: string | undefined): string {
  const base = publicUrl?.trim().replace(/\/+$/u, '');
  if (!base || !/^https?:\/\//u.test(base)) return html;
  const withImages = html.replace(
    /(<meta (?:property="og:image"|name="twitter:image") content=")\/([^"]*")/gu,
    (_m, head: string, rest: string) => `${head}${base}/${rest}`,
  );
  return withImages.replace(
    '<meta property="og:type" content="website" />',
    `<meta property="og:type" content="website" />\n    <meta property="og:url" content="${base}/" />`,
  );
}

export function publicUrlPlugin(): Plugin {
  let publicUrl: string | undefined;
  return {
    name: 'standortfinder-public-url',
    configResolved(config) {
      publicUrl = loadEnv(config.mode, config.envDir || process.cwd(), 'VITE_').VITE_PUBLIC_URL;
    },
    transformIndexHtml: (html) => absolutePreviewTags(html, publicUrl),
  };
}
