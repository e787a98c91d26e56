import { describe, expect, it } from 'vitest';
import { readAppConfig } from './app-config';

const origin = 'https://standorte.example.org';

describe('the self-hosted basemap setting (VITE_BASEMAP_PMTILES_URL)', () => {
  it('is off unless set', () => {
    expect(readAppConfig({}, origin).basemapPmtilesUrl).toBeNull();
    expect(readAppConfig({ VITE_BASEMAP_PMTILES_URL: '  ' }, origin).basemapPmtilesUrl).toBeNull();
  });

  it('takes an http(s) URL, or a path on the app host made absolute', () => {
    const url = 'https://karten.example.de/mitteldeutschland.pmtiles';
    expect(readAppConfig({ VITE_BASEMAP_PMTILES_URL: url }, origin).basemapPmtilesUrl).toBe(url);
    expect(
      readAppConfig({ VITE_BASEMAP_PMTILES_URL: '/basemap/region.pmtiles' }, origin).basemapPmtilesUrl,
    ).toBe(`${origin}/basemap/region.pmtiles`);
  });

  it('refuses anything else (a typo must not become a request to somewhere odd)', () => {
    for (const value of ['ftp://example.org/a.pmtiles', '//cdn.example.org/a.pmtiles', 'region.pmtiles'])
      expect(readAppConfig({ VITE_BASEMAP_PMTILES_URL: value }, origin).basemapPmtilesUrl).toBeNull();
  });
});

describe('the data worker setting (VITE_DATA_WORKER)', () => {
  it('is off unless set to on', () => {
    expect(readAppConfig({}, origin).dataWorker).toBe(false);
    expect(readAppConfig({ VITE_DATA_WORKER: ' on ' }, origin).dataWorker).toBe(true);
    expect(readAppConfig({ VITE_DATA_WORKER: 'off' }, origin).dataWorker).toBe(false);
  });
});
