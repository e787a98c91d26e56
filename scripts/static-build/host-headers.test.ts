// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/csp';
import { hostHeaders } from './host-headers';

/** `_headers` as { pattern: { header: value } }. */
function parse(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules[line.trim()] = current = {};
    else {
      const [name, ...value] = line.trim().split(': ');
      current![name!] = value.join(': ');
    }
  }
  return rules;
}

describe('the _headers file for static hosts', () => {
  const csp = contentSecurityPolicy({ VITE_API_BASE_URL: 'https://geo.example.org/ogcapi' });
  const rules = parse(hostHeaders(csp));

  it('caches hashed assets for a year and revalidates the page and the API', () => {
    expect(rules['/assets/*']).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(rules['/']?.['Cache-Control']).toBe('no-cache');
    expect(rules['/index.html']?.['Cache-Control']).toBe('no-cache');
    expect(rules['/api/*']?.['Cache-Control']).toBe('no-cache');
    expect(rules['/basemap/*']?.['Cache-Control']).toBe('public, max-age=86400');
    expect(rules['/fonts/*']?.['Cache-Control']).toBe('public, max-age=86400');
    expect(rules['/feeds/*']).toEqual({
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/atom+xml; charset=utf-8',
    });
    expect(rules['/*']?.['Cache-Control'], 'would merge into every rule').toBeUndefined();
  });

  it("sends the build's Content Security Policy with frame-ancestors, and the security headers", () => {
    expect(rules['/*']?.['Content-Security-Policy']).toBe(`${csp}; frame-ancestors 'none'`);
    expect(rules['/*']?.['Content-Security-Policy']).toContain('connect-src ');
    expect(rules['/*']?.['Content-Security-Policy']).toContain('https://geo.example.org');
    expect(rules['/*']?.['X-Content-Type-Options']).toBe('nosniff');
    expect(rules['/*']?.['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
