import { useEffect, useSyncExternalStore } from 'react';

/**
 * The live map starts on demand: at the first sign of a person at the page (a pointer move or
 * press, a key, the wheel, a touch) or when "Karte laden" is pressed. Until then the map area
 * shows a static preview of the same clusters (map-preview.tsx). Creating a WebGL context and
 * compiling MapLibre's shaders is the single most expensive thing the page does (about 1 s on
 * a machine without a GPU, where it froze the page during load); a page opened and only read
 * never pays for it, and the list is interactive at once. Once started, the map stays.
 */
const EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let active = false;
const listeners = new Set<() => void>();

export function activateMap(): void {
  if (active) return;
  active = true;
  for (const l of listeners) l();
}

/** For tests: back to the state of a freshly loaded page. */
export function resetMapActivation(): void {
  active = false;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the live map should run; listens for the first interaction until then. */
export function useMapActivation(): boolean {
  const on = useSyncExternalStore(
    subscribe,
    () => active,
    () => false,
  );
  useEffect(() => {
    if (on) return;
    const start = () => activateMap();
    for (const type of EVENTS)
      window.addEventListener(type, start, { passive: true, capture: true, once: true });
    return () => {
      for (const type of EVENTS) window.removeEventListener(type, start, { capture: true });
    };
  }, [on]);
  return on;
}
