import { create } from 'zustand';

/**
 * The site under the pointer or keyboard focus, in the list or on the map: short-lived UI state
 * that both sides read and write (list ↔ map highlight). Not in the URL: nobody shares a hover.
 */
interface HoveredSiteState {
  key: string | null;
  set: (key: string | null) => void;
}

export const useHoveredSite = create<HoveredSiteState>((set) => ({
  key: null,
  set: (key) => set({ key }),
}));
