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
const preview = (
  sites: ReturnType<typeof mapTestSite>[],
  more: Pick<Parameters<typeof MapPreview>[0], 'selected' | 'viewport'> = {},
) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n('de')}>
        <MapPreview
          set={buildMapSiteSet(sites)}
          ids={Uint32Array.from(sites.keys())}
          onStart={() => undefined}
          {...more}
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
      // Magdeburg, Plauen and Görlitz: the whole region.
      preview([
        mapTestSite('plots/md', 'plot', 11.63, 52.13),
        mapTestSite('plots/pl', 'plot', 12.14, 50.5),
        mapTestSite('halls/gr', 'hall', 14.99, 51.15),
      ]);
      expect(fetchFiles).not.toHaveBeenCalled();
      expect(screen.queryByText('Wolfen')).toBeNull();
    });
  });

  describe('a site page (or a link with a selected site or a viewport)', () => {
    // The selected plot in the Chemiepark Bitterfeld-Wolfen; the other results span the region.
    const chemiepark = mapTestSite('plots/a', 'plot', 12.3, 51.64, true);
    const neighbour = mapTestSite('plots/b', 'plot', 12.303, 51.642, true);
    const sites = [
      chemiepark,
      neighbour,
      mapTestSite('plots/far', 'plot', 10.5, 50.6),
      mapTestSite('halls/x', 'hall', 14.9, 51.1),
    ];

    it('looks at the selected site, as the live map will, and marks it with its outline', async () => {
      const { container } = preview(sites, { selected: chemiepark });
      expect(
        screen.getByRole('img', { name: 'Kartenvorschau: Site plots/a und Umgebung' }),
      ).toBeInTheDocument();
      const mark = container.querySelector('.map-preview__selected');
      expect(mark).toHaveAttribute('data-site-key', 'plots/a');
      expect(mark!.querySelector('.map-preview__selected-area')).not.toBeNull();
      // Zoomed in this far, the live map draws plots as their outlines: so does the preview.
      // (The selected one once, in the selection colour.)
      expect(container.querySelectorAll('.map-preview__area')).toHaveLength(1);
      expect(container.querySelector('.map-preview__site, .map-preview__cluster')).toBeNull();
      // Zoomed in on it, the preview draws what is around it: the village just north of the plot.
      expect(await screen.findByText('Greppin')).toBeInTheDocument();
    });

    it('shows the viewport a link opened at, rather than the results or the site', async () => {
      const { container } = preview(sites, { viewport: { zoom: 10, lat: 51.7, lon: 12.28 } });
      expect(await screen.findByText('A9')).toBeInTheDocument();
      expect(container.querySelector('.map-preview__selected')).toBeNull();
    });

    it('without either, spans the results: nothing selected, nothing more asked for', () => {
      const { container } = preview(sites);
      expect(container.querySelector('.map-preview__selected')).toBeNull();
      expect(fetchFiles).not.toHaveBeenCalled();
    });
  });
});
