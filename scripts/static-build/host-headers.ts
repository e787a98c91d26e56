import type { Plugin, ResolvedConfig } from 'vite';
import { contentSecurityPolicy } from '../security/csp.ts';

/**
 * `dist/_headers` (Netlify and Cloudflare Pages syntax: a path pattern, then indented
 * `Name: value` lines) with the cache rules of README "Deploying" and the security headers,
 * written at build time so the Content Security Policy is the one of this build (its
 * `connect-src` names the configured API) plus `frame-ancestors`, which a meta tag cannot carry.
 *
 * No rule sets Cache-Control on `/*`: both hosts merge the values of every matching rule, and
 * `no-cache` would spoil `immutable`. Deep links (`/sites/…`, answered with index.html) get the
 * host's default for HTML, which revalidates on both.
 */

export const CACHE_RULES: readonly (readonly [pattern: string, cacheControl: string])[] = [
  ['/assets/*', 'public, max-age=31536000, immutable'],
  ['/', 'no-cache'],
  ['/index.html', 'no-cache'],
  ['/api/*', 'no-cache'],
  ['/feeds/*', 'no-cache'],
  ['/basemap/*', 'public, max-age=86400'],
  ['/fonts/*', 'public, max-age=86400'],
];

export function hostHeaders(csp: string): string {
  const lines = [
    '# Written by `npm run build` (scripts/static-build/host-headers.ts): Netlify / Cloudflare Pages.',
    '/*',
    `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
  ];
  for (const [pattern, cacheControl] of CACHE_RULES) {
    lines.push(pattern, `  Cache-Control: ${cacheControl}`);
    // Hosts guess types from the file name, and `.atom` is not in every table.
    if (pattern === '/feeds/*') lines.push('  Content-Type: application/atom+xml; charset=utf-8');
  }
  return `${lines.join('\n')}\n`;
}

export function hostHeadersPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'standortfinder:host-headers',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle() {
      const source = hostHeaders(contentSecurityPolicy(config.env));
      this.emitFile({ type: 'asset', fileName: '_headers', source });
    },
  };
}
