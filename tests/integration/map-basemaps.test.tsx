import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());
vi.mock('@/config/app-config', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/config/app-config')>();
  return {
    ...original,
    appConfig: {
      ...original.appConfig,
      aerialWmsUrl: 'https://wms.example.org/dop?BBOX={bbox-epsg-3857}',
      aerialAttribution: '© Beispiel-Landesamt',
    },
  };
});

serveDuringTests(fixtureDataset());

describe('aerial imagery', () => {
  it('goes under the sites with its credit, and falls back to the offline map with a notice when it fails', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('link', { name: 'Halle Star Park' });
    movePointer();
    await user.click(await screen.findByText('Ebenen und Hintergrund', {}, { timeout: 15_000 }));
    const map = fakeMaps.at(-1)!;
    // No self-hosted archive configured: not offered at all.
    expect(screen.queryByRole('radio', { name: /Selbst gehostet/ })).toBeNull();
    expect(screen.getByRole('radio', { name: /Offline-Karte/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Luftbild/ }));
    expect(map.addSource).toHaveBeenCalledWith(
      'aerial-imagery',
      expect.objectContaining({ type: 'raster', attribution: '© Beispiel-Landesamt' }),
    );
    // Under the app's first layer (the context overlays, then the sites).
    expect(map.addLayer).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'aerial-imagery', type: 'raster' }),
      'overlay-regions-fill',
    );
    act(() => map.emit('error', { sourceId: 'aerial-imagery', error: new Error('HTTP 503') }));
    expect(
      await screen.findByText('„Luftbild (online)“ ist nicht erreichbar. Die Offline-Karte wird angezeigt.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Offline-Karte/ })).toBeChecked();
    expect(map.sources.has('aerial-imagery')).toBe(false);
  });
});
