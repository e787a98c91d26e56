import { act, fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * A stand-in for the MapLibre map at the one module that creates it (`@/lib/map/create-map`).
 * It records what the app asks of the map, so tests can assert sources, selection and camera.
 */
export function createFakeMap(container: HTMLElement) {
  const handlers = new Map<string, ((e?: unknown) => void)[]>();
  const sources = new Map<string, { data: unknown; setData: (d: unknown) => void }>();
  const featureState = new Map<string, Record<string, unknown>>();
  const layers = new Set<string>();
  const images = new Set<string>();
  const layout = new Map<string, unknown>();
  const camera = {
    zoom: 7,
    lat: 51.3,
    lon: 12.4,
    bounds: [9.8, 50.1, 15.1, 53.1] as [number, number, number, number],
  };
  // The focusable canvas MapLibre puts into the container (keys go to it).
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.className = 'maplibregl-canvas';
  container.append(canvas);
  const map = {
    loaded: () => true,
    isSourceLoaded: () => true,
    // Loaded and drawn at once: 'load' and the first 'idle' call back right away.
    once: vi.fn((type: string, fn: () => void) => (type === 'load' || type === 'idle' ? fn() : undefined)),
    on: vi.fn((type: string, layerOrFn: unknown, fn?: (e?: unknown) => void) => {
      const key = typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type;
      const cb = (fn ?? layerOrFn) as (e?: unknown) => void;
      handlers.set(key, [...(handlers.get(key) ?? []), cb]);
    }),
    off: vi.fn(),
    addSource: vi.fn((id: string, spec: { data: unknown }) => {
      const source = { data: spec.data, setData: (d: unknown) => (source.data = d) };
      sources.set(id, source);
    }),
    addLayer: vi.fn((layer: { id: string }) => layers.add(layer.id)),
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    removeLayer: vi.fn((id: string) => layers.delete(id)),
    removeSource: vi.fn((id: string) => sources.delete(id)),
    setLayoutProperty: vi.fn((id: string, name: string, value: unknown) =>
      layout.set(`${id}/${name}`, value),
    ),
    setStyle: vi.fn(),
    getStyle: () => ({ version: 8, sources: {}, layers: [...layers].map((id) => ({ id })) }),
    hasImage: (id: string) => images.has(id),
    addImage: vi.fn((id: string) => images.add(id)),
    triggerRepaint: vi.fn(),
    /** The camera: a fixed view of the three Länder unless a test moves it. */
    getZoom: () => camera.zoom,
    getCenter: () => ({ lng: camera.lon, lat: camera.lat }),
    getBounds: () => ({
      getWest: () => camera.bounds[0],
      getSouth: () => camera.bounds[1],
      getEast: () => camera.bounds[2],
      getNorth: () => camera.bounds[3],
    }),
    jumpTo: vi.fn((view: { zoom?: number; center?: [number, number] }) => {
      if (view.zoom !== undefined) camera.zoom = view.zoom;
      if (view.center) [camera.lon, camera.lat] = view.center;
    }),
    getSource: (id: string) => sources.get(id),
    setFeatureState: vi.fn((t: { source: string; id: string }, s: Record<string, unknown>) =>
      featureState.set(`${t.source}/${t.id}`, { ...featureState.get(`${t.source}/${t.id}`), ...s }),
    ),
    removeFeatureState: vi.fn((t: { source: string; id: string }, key?: string) => {
      const id = `${t.source}/${t.id}`;
      const state = { ...featureState.get(id) };
      if (key) delete state[key];
      if (key && Object.keys(state).length > 0) featureState.set(id, state);
      else featureState.delete(id);
    }),
    fitBounds: vi.fn(),
    /** The container's size is taken again (after it was hidden). */
    resize: vi.fn(),
    /** No camera math here: every fit counts as a visible change. */
    cameraForBounds: () => undefined,
    getCanvas: () => canvas,
    getContainer: () => container,
    queryRenderedFeatures: () => [],
    project: () => ({ x: 0, y: 0 }),
    remove: vi.fn(),
    /** Test helpers. */
    container,
    sources,
    featureState,
    layers,
    layout,
    camera,
    popups: [] as { at: [number, number]; content: HTMLElement; remove: () => void; close: () => void }[],
    fire(type: string, layer: string, event: unknown) {
      for (const fn of handlers.get(`${type}:${layer}`) ?? []) fn(event);
    },
    /** A map-wide event (no layer), e.g. `error` with a `sourceId`. */
    emit(type: string, event: unknown) {
      for (const fn of handlers.get(type) ?? []) fn(event);
    },
  };
  return map;
}

export type FakeMap = ReturnType<typeof createFakeMap>;

export const fakeMaps: FakeMap[] = [];

/** Use as: vi.mock('@/lib/map/create-map', () => fakeCreateMapModule()) */
export const fakeCreateMapModule = () => ({
  createMap: ({ container }: { container: HTMLElement }) => {
    const map = createFakeMap(container);
    fakeMaps.push(map);
    return map;
  },
  /** A popup stand-in: its content is attached to the document so tests can read and click it. */
  createPopup: (map: FakeMap, at: [number, number], content: HTMLElement) => {
    const handlers: (() => void)[] = [];
    document.body.append(content);
    const popup = {
      at,
      content,
      on: (type: string, fn: () => void) => (type === 'close' ? handlers.push(fn) : undefined),
      remove: () => {
        content.remove();
        map.popups.splice(map.popups.indexOf(popup), 1);
        for (const fn of handlers) fn();
      },
      close: () => popup.remove(),
    };
    map.popups.push(popup);
    return popup;
  },
});

/** What starts the live map on a real page: a person moving the pointer (use-map-activation.ts). */
export function movePointer(): void {
  act(() => {
    fireEvent.pointerMove(document.body);
  });
}
