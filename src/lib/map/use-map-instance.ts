import { useEffect, useState, type RefObject } from 'react';
import { createMap, type CreateMapOptions, type SiteMapInstance } from './create-map';

export type MapInstanceState =
  | { status: 'loading'; map: null }
  | { status: 'ready'; map: SiteMapInstance }
  | { status: 'failed'; map: null; error: Error };

/** Owns the map's lifecycle: created once for the container, removed on unmount. */
export function useMapInstance(
  containerRef: RefObject<HTMLElement | null>,
  options: Omit<CreateMapOptions, 'container'>,
): MapInstanceState {
  const [state, setState] = useState<MapInstanceState>({ status: 'loading', map: null });
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: SiteMapInstance;
    try {
      map = createMap({ ...options, container });
    } catch (error) {
      // Construction is the only way to learn that WebGL is missing; say so instead of crashing.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ status: 'failed', map: null, error: error as Error });
      return;
    }
    const onLoad = () => setState({ status: 'ready', map });
    if (map.loaded()) onLoad();
    else map.once('load', onLoad);
    return () => {
      map.remove();
      setState({ status: 'loading', map: null });
    };
    // The map is created once; later option changes go through the layer and camera modules.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [containerRef]);
  return state;
}
