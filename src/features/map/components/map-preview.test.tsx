import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMapSiteSet } from '@/lib/map/cluster/map-site-set';
import { mapTestSite } from '@/lib/map/cluster/test-site';
import { createI18n } from '@/lib/i18n/i18n';
import { MapPreview } from './map-preview';

// A motorway of the offline basemap's files (the others empty), served as the app serves them.
const files: Record<string, unknown> = {
  'basemap/motorways.json': {
    features: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [12.28, 51.55],
            [12.28, 51.75],
          ],
        },
        properties: { kind: 'motorway', ref: 'A9' },
      },
    ],
  },
  'basemap/water.json': { features: [] },
  'basemap/rail.json': { features: [] },
  'basemap/districts.json': { features: [] },
};
const fetchFiles = vi.fn((url: string) => {
  const file = Object.keys(files).find((f) => url.endsWith(f));
  return Promise.resolve(new Response(JSON.stringify(file ? files[file] : {}), { status: file ? 200 : 404 }));
});
beforeEach(() => vi.stubGlobal('fetch', fetchFiles));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchFiles.mockClear();
});
const preview = (sites: ReturnType<typeof mapTestSite>[]) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n('de')}>
        <MapPreview
          set={buildMapSiteSet(sites)}
          ids={Uint32Array.from(sites.keys())}
          onStart={() => undefined}
        />
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('MapPreview', () => {
  it('draws a single site over a cluster of the other kind at the same place, and the counts over both', () => {
    // Three plots cluster around Leipzig; one hall lies among them, alone of its kind.
    const sites = [
      mapTestSite('plots/a', 'plot', 12.37, 51.34),
      mapTestSite('plots/b', 'plot', 12.371, 51.341),
      mapTestSite('plots/c', 'plot', 12.372, 51.339),
      mapTestSite('halls/x', 'hall', 12.372, 51.34),
      // Far away, so the view spans the region and the Leipzig plots cluster.
      mapTestSite('plots/far', 'plot', 10.5, 50.6),
    ];
    const { container } = preview(sites);
    const drawn = [...container.querySelectorAll('svg > circle, svg > text')].map((e) =>
      e.getAttribute('class'),
    );
    expect(drawn.filter((c) => c === 'map-preview__cluster')).toHaveLength(1);
    const last = (c: string) => drawn.lastIndexOf(c);
    expect(drawn.indexOf('map-preview__site')).toBeGreaterThan(last('map-preview__cluster'));
    expect(drawn.indexOf('map-preview__count')).toBeGreaterThan(last('map-preview__site'));
  });

  describe('context of a view zoomed in to a district or less', () => {
    it('draws the motorways with their numbers and the towns around the results', async () => {
      // Three plots in the Chemiepark Bitterfeld-Wolfen, a few km across.
      preview([
        mapTestSite('plots/a', 'plot', 12.3, 51.64),
        mapTestSite('plots/b', 'plot', 12.31, 51.65),
        mapTestSite('plots/c', 'plot', 12.32, 51.655),
      ]);
      expect(await screen.findByText('A9')).toBeInTheDocument();
      expect(screen.getByText('Wolfen')).toBeInTheDocument();
    });

    it('asks for nothing more when the view spans the region: the Länder outlines say where it is', () => {
      preview([mapTestSite('plots/a', 'plot', 12.3, 51.64), mapTestSite('plots/far', 'plot', 10.5, 50.6)]);
      expect(fetchFiles).not.toHaveBeenCalled();
      expect(screen.queryByText('Wolfen')).toBeNull();
    });
  });
});
