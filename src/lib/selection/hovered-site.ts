import { create } from 'zustand';

/**
 * The site under the pointer or keyboard focus, in the list or on the map: short-lived UI state
 * that both sides read and write (list ↔ map highlight). Not in the URL: nobody shares a hover.
 */
interface HoveredSiteState {
  key: string | null;
  /** Where the hover came from, so the side that caused it does not scroll or echo it. */
  origin: 'list' | 'map' | null;
  set: (key: string | null, origin: 'list' | 'map') => void;
}

export const useHoveredSite = create<HoveredSiteState>((set) => ({
  key: null,
  origin: null,
  set: (key, origin) => set(key === null ? { key: null, origin: null } : { key, origin }),
}));
