import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/app';
import { createMockServer } from '@mocks/node';
import type { OverlayId } from '@/lib/map/overlays/overlay-layers';
import { useMapOverlays } from './map-overlays';

/** The map's context layers on the sample data: what is switched on, and only that. */

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const none: Record<OverlayId, boolean> = { airports: false, junctions: false, news: false, regions: false };

function renderOverlays(wanted: Record<OverlayId, boolean>) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useMapOverlays(wanted, []), { wrapper });
}

describe('useMapOverlays', () => {
  it('draws the project regions as outlines once switched on', async () => {
    const { result } = renderOverlays({ ...none, regions: true });
    await waitFor(() => expect(result.current.regions?.features.length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    const outlines = result.current.regions!.features.filter((f) => f.geometry.type === 'Polygon');
    expect(outlines.length).toBeGreaterThan(0);
    for (const outline of outlines) expect(outline.properties.label).not.toBe('');
  });

  it('loads no regions, airports or junctions while they are off', async () => {
    const { result } = renderOverlays(none);
    await waitFor(() => expect(result.current.news?.features.length).toBeGreaterThan(0));
    expect(result.current.regions).toBeUndefined();
    expect(result.current.airports).toBeUndefined();
    expect(result.current.junctions).toBeUndefined();
  });
});
