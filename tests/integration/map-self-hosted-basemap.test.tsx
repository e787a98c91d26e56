import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeCreateMapModule, fakeMaps, movePointer } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/site-fixtures';

const { ARCHIVE, archive } = vi.hoisted(() => ({
  ARCHIVE: 'https://karten.example.de/mitteldeutschland.pmtiles',
  archive: { reachable: true },
}));

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());
vi.mock('@/config/app-config', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/config/app-config')>();
  return { ...original, appConfig: { ...original.appConfig, basemapPmtilesUrl: ARCHIVE } };
});
// The archive's header is read over HTTP by the pmtiles library (the e2e test does that for real).
vi.mock('@/lib/map/basemap/self-hosted-style', () => ({
  selfHostedStyle: async (url: string, options: { fontFaces?: unknown }) => {
    if (!archive.reachable) throw new Error('Bad response code: 404');
    return {
      version: 8,
      'font-faces': options.fontFaces,
      sources: { 'basemap-osm': { type: 'vector', url: `pmtiles://${url}` } },
      layers: [{ id: 'earth', type: 'fill', source: 'basemap-osm', 'source-layer': 'earth' }],
    };
  },
}));

serveDuringTests(fixtureDataset());

async function openLayers() {
  const user = userEvent.setup();
  renderApp('/');
  await screen.findByRole('link', { name: 'Halle Star Park' });
  movePointer();
  await user.click(await screen.findByText('Ebenen und Hintergrund', {}, { timeout: 15_000 }));
  return user;
}

describe('a self-hosted basemap (VITE_BASEMAP_PMTILES_URL)', () => {
  it('is offered and chosen at the start; its style replaces the offline one', async () => {
    archive.reachable = true;
    await openLayers();
    expect(screen.getByRole('radio', { name: 'Selbst gehostet (OpenStreetMap)' })).toBeChecked();
    const map = fakeMaps.at(-1)!;
    await vi.waitFor(() => expect(map.setStyle).toHaveBeenCalled());
    const style = map.setStyle.mock.calls.at(-1)![0] as { sources: Record<string, { url?: string }> };
    expect(style.sources['basemap-osm']?.url).toBe(`pmtiles://${ARCHIVE}`);
    // Tiles that fail later bring the offline basemap back, with a notice.
    act(() => map.emit('error', { sourceId: 'basemap-osm', error: new Error('HTTP 500') }));
    expect(
      await screen.findByText(
        '„Selbst gehostet (OpenStreetMap)“ ist nicht erreichbar. Die Offline-Karte wird angezeigt.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Offline-Karte/ })).toBeChecked();
  });

  it('falls back to the offline basemap with a notice when the archive cannot be read', async () => {
    archive.reachable = false;
    await openLayers();
    expect(
      await screen.findByText(
        '„Selbst gehostet (OpenStreetMap)“ ist nicht erreichbar. Die Offline-Karte wird angezeigt.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Offline-Karte/ })).toBeChecked();
    expect(fakeMaps.at(-1)!.setStyle).not.toHaveBeenCalled();
  });
});
