import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import { type NumberedSite, SitesMap } from './sites-map';

// The basemap's files are not needed here: the markers are drawn without them.
beforeEach(() =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('{}', { status: 404 }))),
  ),
);
afterEach(() => vi.unstubAllGlobals());

const site = (key: string, lon: number, lat: number, number: number): NumberedSite => ({
  key,
  lon,
  lat,
  kind: 'plot',
  number,
});

/** Each marker's number and centre, from its `translate(x y)`. */
function markers(container: HTMLElement) {
  return [...container.querySelectorAll('.sites-map__marker')].map((g) => {
    const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/u
      .exec(g.getAttribute('transform')!)!
      .slice(1)
      .map(Number);
    return { number: g.textContent, x: x!, y: y! };
  });
}

describe('SitesMap', () => {
  it('sets apart the numbers of two sites a few hundred metres apart, each with a line to its site', () => {
    // Two plots of the GVZ Leipzig, ~400 m apart, and a hall in Halle, ~25 km away.
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nextProvider i18n={createI18n('de')}>
          <SitesMap
            label="Karte"
            sites={[
              site('plots/1', 12.2712, 51.4053, 1),
              site('plots/2', 12.2735, 51.4086, 2),
              site('halls/3', 11.92, 51.47, 3),
            ]}
          />
        </I18nextProvider>
      </QueryClientProvider>,
    );
    const [three, two, one] = markers(container);
    expect([one!.number, two!.number, three!.number]).toEqual(['1', '2', '3']);
    // A marker is 22 px across: both numbers can be read.
    expect(Math.hypot(one!.x - two!.x, one!.y - two!.y)).toBeGreaterThanOrEqual(22);
    expect(container.querySelectorAll('.sites-map__leader')).toHaveLength(2);
  });
});
