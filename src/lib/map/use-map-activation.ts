import { useSyncExternalStore } from 'react';

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
  disarm();
  for (const l of listeners) l();
}

let disarm = () => {};

/**
 * Listens for the first interaction from the moment this module loads, before any component
 * mounts: a pointer move while the page is still being built starts the map all the same.
 */
function armFirstInteraction(): void {
  disarm();
  if (typeof window === 'undefined') return;
  const start = () => {
    disarm();
    activateMap();
  };
  for (const type of EVENTS) window.addEventListener(type, start, { passive: true, capture: true });
  disarm = () => {
    for (const type of EVENTS) window.removeEventListener(type, start, { capture: true });
    disarm = () => {};
  };
}
armFirstInteraction();

/** For tests: back to the state of a freshly loaded page. */
export function resetMapActivation(): void {
  active = false;
  armFirstInteraction();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the live map should run (after the first interaction, or when asked to). */
export function useMapActivation(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => active,
    () => false,
  );
}
