import { vi } from 'vitest';

/**
 * A stand-in for the MapLibre map at the one module that creates it (`@/lib/map/create-map`).
 * It records what the app asks of the map, so tests can assert sources, selection and camera.
 */
export function createFakeMap(container: HTMLElement) {
  const handlers = new Map<string, ((e?: unknown) => void)[]>();
  const sources = new Map<string, { data: unknown; setData: (d: unknown) => void }>();
  const featureState = new Map<string, Record<string, unknown>>();
  const map = {
    loaded: () => true,
    once: vi.fn((type: string, fn: () => void) => (type === 'load' ? fn() : undefined)),
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
    addLayer: vi.fn(),
    getLayer: () => undefined,
    getSource: (id: string) => sources.get(id),
    setFeatureState: vi.fn((t: { source: string; id: string }, s: Record<string, unknown>) =>
      featureState.set(`${t.source}/${t.id}`, s),
    ),
    removeFeatureState: vi.fn((t: { source: string; id: string }) =>
      featureState.delete(`${t.source}/${t.id}`),
    ),
    fitBounds: vi.fn(),
    getCanvas: () => document.createElement('canvas'),
    getContainer: () => container,
    queryRenderedFeatures: () => [],
    remove: vi.fn(),
    /** Test helpers. */
    sources,
    featureState,
    fire(type: string, layer: string, event: unknown) {
      for (const fn of handlers.get(`${type}:${layer}`) ?? []) fn(event);
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
});
