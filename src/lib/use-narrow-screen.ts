import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (responsive.css uses the same width). */
export const NARROW_SCREEN = '(max-width: 760px)';

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_SCREEN) : null);
const subscribe = (onChange: () => void) => {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
};

/** Whether the phone layout applies; false where the browser cannot tell (jsdom). */
export const useNarrowScreen = (): boolean =>
  useSyncExternalStore(subscribe, () => query()?.matches ?? false);
