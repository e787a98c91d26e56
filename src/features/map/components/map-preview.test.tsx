import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildMapSiteSet } from '@/lib/map/cluster/map-site-set';
import { mapTestSite } from '@/lib/map/cluster/test-site';
import { createI18n } from '@/lib/i18n/i18n';
import { MapPreview } from './map-preview';

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
    const { container } = render(
      <I18nextProvider i18n={createI18n('de')}>
        <MapPreview
          set={buildMapSiteSet(sites)}
          ids={Uint32Array.from(sites.keys())}
          onStart={() => undefined}
        />
      </I18nextProvider>,
    );
    const drawn = [...container.querySelectorAll('svg > circle, svg > text')].map((e) =>
      e.getAttribute('class'),
    );
    expect(drawn.filter((c) => c === 'map-preview__cluster')).toHaveLength(1);
    const last = (c: string) => drawn.lastIndexOf(c);
    expect(drawn.indexOf('map-preview__site')).toBeGreaterThan(last('map-preview__cluster'));
    expect(drawn.indexOf('map-preview__count')).toBeGreaterThan(last('map-preview__site'));
  });
});
