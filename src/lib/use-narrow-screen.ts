import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (responsive.css uses the same width). */
export const NARROW_SCREEN = '(max-width: 760px)';

/**
 * The breakpoint's one MediaQueryList. React reads the snapshot on every render of every user
 * (six per filter change); a new `matchMedia` each time cost ~0.5 ms of each change at
 * 100,000 sites. Asked again only when `window.matchMedia` itself changes (tests stub it).
 */
let cached: { matchMedia: typeof window.matchMedia; list: MediaQueryList } | null = null;
function query(): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  if (cached?.matchMedia !== window.matchMedia)
    cached = { matchMedia: window.matchMedia, list: window.matchMedia(NARROW_SCREEN) };
  return cached.list;
}
const subscribe = (onChange: () => void) => {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
};

/** Whether the phone layout applies; false where the browser cannot tell (jsdom). */
export const useNarrowScreen = (): boolean =>
  useSyncExternalStore(subscribe, () => query()?.matches ?? false);
