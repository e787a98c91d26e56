// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the Content Security Policy', () => {
  it('allows no inline script or eval, MapLibre workers from self and blob:, nothing from elsewhere', () => {
    const d = directives(contentSecurityPolicy({ VITE_STREETS_STYLE_URL: 'off' }));
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['worker-src']).toEqual(["'self'", 'blob:']);
    expect(d['child-src']).toEqual(["'self'", 'blob:']);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy({})).not.toMatch(/unsafe-(inline|eval)|\*/);
  });

  it('lets the app connect to the configured API origin and no other', () => {
    const off = { VITE_STREETS_STYLE_URL: 'off' };
    const d = directives(
      contentSecurityPolicy({ ...off, VITE_API_BASE_URL: 'https://geo.example.org/ogcapi/' }),
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://geo.example.org']);
    expect(directives(contentSecurityPolicy({ ...off, VITE_API_BASE_URL: '/api' }))['connect-src']).toEqual([
      "'self'",
    ]);
  });

  it('allows the default online street style (OpenFreeMap) unless it is switched off', () => {
    expect(directives(contentSecurityPolicy({}))['connect-src']).toEqual([
      "'self'",
      'https://tiles.openfreemap.org',
    ]);
  });

  it('adds the configured online basemap hosts, each once', () => {
    const d = directives(
      contentSecurityPolicy({
        VITE_STREETS_STYLE_URL: 'https://tiles.example.net/styles/liberty',
        VITE_AERIAL_WMS_URL: 'https://geodienste.example.de/wms?bbox={bbox-epsg-3857}',
        VITE_MAP_EXTRA_ORIGINS: 'https://tiles.example.net, https://fonts.example.net',
      }),
    );
    expect(d['connect-src']).toEqual([
      "'self'",
      'https://tiles.example.net',
      'https://geodienste.example.de',
      'https://fonts.example.net',
    ]);
  });

  it('adds the host of a self-hosted PMTiles basemap, and nothing for one on the app origin', () => {
    const off = { VITE_STREETS_STYLE_URL: 'off' };
    const d = directives(
      contentSecurityPolicy({
        ...off,
        VITE_BASEMAP_PMTILES_URL: 'https://karten.example.de:8443/basemap/mitteldeutschland.pmtiles',
      }),
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://karten.example.de:8443']);
    const sameOrigin = { ...off, VITE_BASEMAP_PMTILES_URL: '/basemap/mitteldeutschland.pmtiles' };
    expect(directives(contentSecurityPolicy(sameOrigin))['connect-src']).toEqual(["'self'"]);
  });
});
